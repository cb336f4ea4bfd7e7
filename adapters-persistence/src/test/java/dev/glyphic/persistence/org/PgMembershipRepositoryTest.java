package dev.glyphic.persistence.org;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.org.MembershipRepository;

/** The MembershipRepository contract, run against the PostgreSQL adapter. */
class PgMembershipRepositoryTest extends MembershipRepositoryContract {
    @Override
    protected MembershipRepository adapter() {
        return bean(PgMembershipRepository.class);
    }
}
