package dev.glyphic.persistence.org;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.org.WorkspaceRepository;

/** The WorkspaceRepository contract, run against the PostgreSQL adapter. */
class PgWorkspaceRepositoryTest extends WorkspaceRepositoryContract {
    @Override
    protected WorkspaceRepository adapter() {
        return bean(PgWorkspaceRepository.class);
    }
}
