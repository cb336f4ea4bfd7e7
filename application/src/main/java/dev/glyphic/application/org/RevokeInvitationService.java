package dev.glyphic.application.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.RevokeInvitation;
import dev.glyphic.application.port.out.org.InvitationRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.access.MembershipPolicy;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.org.Invitation;
import dev.glyphic.domain.org.InvitationId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.util.Map;

/**
 * Withdraws an invitation. The rule is the one for making it: an admin may withdraw what an admin may offer, and
 * only an owner an invitation to ownership. Withdrawing one already withdrawn changes nothing and succeeds (DELETE is
 * idempotent); an accepted one is a membership by now and is removed as such.
 */
public final class RevokeInvitationService implements RevokeInvitation {
    private final Transactions transactions;
    private final OrgAccess access;
    private final InvitationRepository invitations;
    private final Auditor auditor;
    private final Clock clock;

    public RevokeInvitationService(Transactions transactions, OrgAccess access, InvitationRepository invitations,
                                   Auditor auditor, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.invitations = invitations;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public void revoke(Caller caller, OrgId orgId, InvitationId invitationId) {
        transactions.inTenant(orgId, () -> {
            Acting acting = access.enter(caller, orgId).require(Action.MANAGE_MEMBERS);
            Invitation invitation = invitations.findForUpdate(orgId, invitationId)
                    .orElseThrow(() -> new DomainException.NotFound("invitation"));
            Acting.enforce(MembershipPolicy.grant(acting.role(), invitation.role(), Action.MANAGE_MEMBERS));
            switch (invitation.status(clock.instant())) {
                case ACCEPTED -> throw new DomainException.Conflict("invitation_used", "this invitation has been "
                        + "accepted; remove the member instead");
                case REVOKED -> {
                    return null;
                }
                case PENDING, EXPIRED -> {
                }
            }
            invitations.markRevoked(invitation.revoke(clock.instant()));
            auditor.record(acting, AuditAction.INVITATION_REVOKED, "invitation", invitation.id(),
                    Map.of("email", invitation.email().value(), "role", invitation.role().wireName()));
            return null;
        });
    }
}
