package dev.glyphic.persistence.auth;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.auth.UserRepository;

/** The UserRepository contract, run against the PostgreSQL adapter. */
class PgUserRepositoryTest extends UserRepositoryContract {
    @Override
    protected UserRepository adapter() {
        return bean(PgUserRepository.class);
    }
}
