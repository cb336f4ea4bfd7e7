package dev.glyphic.persistence.auth;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.auth.EmailLinkRepository;

/** The EmailLinkRepository contract, run against the PostgreSQL adapter. */
class PgEmailLinkRepositoryTest extends EmailLinkRepositoryContract {
    @Override
    protected EmailLinkRepository adapter() {
        return bean(PgEmailLinkRepository.class);
    }
}
