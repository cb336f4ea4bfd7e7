package dev.glyphic.persistence.auth;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.auth.AttemptCounters;

/** The AttemptCounters contract, run against the PostgreSQL adapter. */
class PgAttemptCountersTest extends AttemptCountersContract {
    @Override
    protected AttemptCounters adapter() {
        return bean(PgAttemptCounters.class);
    }
}
