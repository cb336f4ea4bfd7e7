package dev.glyphic.application.port.out.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.Membership;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import java.util.List;
import java.util.Optional;

public interface MembershipRepository {

    record Member(Membership membership, User user) {
    }

    /** Adds a membership; false when the user already is a member. */
    boolean insert(Membership membership);

    Optional<Membership> find(OrgId orgId, UserId userId);

    List<Member> list(OrgId orgId, PageRequest page);

    void updateRole(OrgId orgId, UserId userId, Role role);

    void delete(OrgId orgId, UserId userId);

    /** The organizations a user belongs to; needs {@code Transactions.asUser}. */
    List<OrgId> orgsOf(UserId userId);

    /**
     * Counts the owners and locks their rows until the transaction ends, so two owners demoting each other at once
     * cannot leave the organization with none.
     */
    long lockOwners(OrgId orgId);
}
