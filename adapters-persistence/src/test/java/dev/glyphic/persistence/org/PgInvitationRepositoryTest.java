package dev.glyphic.persistence.org;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.org.InvitationRepository;

/** The InvitationRepository contract, run against the PostgreSQL adapter. */
class PgInvitationRepositoryTest extends InvitationRepositoryContract {
    @Override
    protected InvitationRepository adapter() {
        return bean(PgInvitationRepository.class);
    }
}
