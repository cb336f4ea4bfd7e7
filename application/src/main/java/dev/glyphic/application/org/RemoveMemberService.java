package dev.glyphic.application.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.RemoveMember;
import dev.glyphic.application.port.out.org.MembershipRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.access.MembershipPolicy;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.Membership;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;
import java.util.Map;

public final class RemoveMemberService implements RemoveMember {
    private final Transactions transactions;
    private final OrgAccess access;
    private final MembershipRepository memberships;
    private final Auditor auditor;

    public RemoveMemberService(Transactions transactions, OrgAccess access, MembershipRepository memberships,
                               Auditor auditor) {
        this.transactions = transactions;
        this.access = access;
        this.memberships = memberships;
        this.auditor = auditor;
    }

    @Override
    public void remove(Caller caller, OrgId orgId, UserId memberId) {
        transactions.inTenant(orgId, () -> {
            access.enter(caller, orgId).requirePersonFor(Action.MANAGE_MEMBERS);
            // Lock the owners, then read the caller's role again: an owner being demoted at this very moment must
            // not act once more with the role they are losing.
            long owners = memberships.lockOwners(orgId);
            Acting acting = access.enter(caller, orgId).requirePersonFor(Action.MANAGE_MEMBERS);
            Membership target = memberships.find(orgId, memberId)
                    .orElseThrow(() -> new DomainException.NotFound("member"));
            Acting.enforce(MembershipPolicy.remove(acting.as(), target, owners));
            memberships.delete(orgId, memberId);
            auditor.record(acting, AuditAction.MEMBER_REMOVED, "member", memberId,
                    Map.of("role", target.role().wireName()));
            return null;
        });
    }
}
