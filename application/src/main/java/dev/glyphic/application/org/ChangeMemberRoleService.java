package dev.glyphic.application.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.ChangeMemberRole;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.org.MembershipRepository.Member;
import dev.glyphic.application.port.out.org.MembershipRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.access.MembershipPolicy;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.Membership;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.shared.DomainException;
import java.util.Map;

public final class ChangeMemberRoleService implements ChangeMemberRole {
    private final Transactions transactions;
    private final OrgAccess access;
    private final MembershipRepository memberships;
    private final UserRepository users;
    private final Auditor auditor;

    public ChangeMemberRoleService(Transactions transactions, OrgAccess access, MembershipRepository memberships,
                                   UserRepository users, Auditor auditor) {
        this.transactions = transactions;
        this.access = access;
        this.memberships = memberships;
        this.users = users;
        this.auditor = auditor;
    }

    @Override
    public Member change(Caller caller, OrgId orgId, UserId memberId, Role role) {
        return transactions.inTenant(orgId, () -> {
            access.enter(caller, orgId).requirePersonFor(Action.MANAGE_MEMBERS);
            // Lock the owners, then read the caller's role again: an owner being demoted at this very moment must
            // not act once more with the role they are losing.
            long owners = memberships.lockOwners(orgId);
            Acting acting = access.enter(caller, orgId).requirePersonFor(Action.MANAGE_MEMBERS);
            Membership target = memberships.find(orgId, memberId)
                    .orElseThrow(() -> new DomainException.NotFound("member"));
            Acting.enforce(MembershipPolicy.changeRole(acting.as(), target, role, owners));
            if (target.role() != role) {
                memberships.updateRole(orgId, memberId, role);
                auditor.record(acting, AuditAction.MEMBER_ROLE_CHANGED, "member", memberId,
                        Map.of("from", target.role().wireName(), "to", role.wireName()));
            }
            return new Member(target.withRole(role),
                    users.find(memberId).orElseThrow(() -> new DomainException.NotFound("member")));
        });
    }
}
