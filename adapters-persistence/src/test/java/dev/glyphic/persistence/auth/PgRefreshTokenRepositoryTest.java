package dev.glyphic.persistence.auth;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.auth.RefreshTokenRepository;

/** The RefreshTokenRepository contract, run against the PostgreSQL adapter. */
class PgRefreshTokenRepositoryTest extends RefreshTokenRepositoryContract {
    @Override
    protected RefreshTokenRepository adapter() {
        return bean(PgRefreshTokenRepository.class);
    }
}
