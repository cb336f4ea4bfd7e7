package dev.glyphic.persistence.org;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.org.OrganizationRepository;

/** The OrganizationRepository contract, run against the PostgreSQL adapter. */
class PgOrganizationRepositoryTest extends OrganizationRepositoryContract {
    @Override
    protected OrganizationRepository adapter() {
        return bean(PgOrganizationRepository.class);
    }
}
