package dev.glyphic.persistence.org;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.org.ApiKeyRepository;

/** The ApiKeyRepository contract, run against the PostgreSQL adapter. */
class PgApiKeyRepositoryTest extends ApiKeyRepositoryContract {
    @Override
    protected ApiKeyRepository adapter() {
        return bean(PgApiKeyRepository.class);
    }
}
