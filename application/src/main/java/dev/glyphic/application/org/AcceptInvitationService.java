package dev.glyphic.application.org;

import dev.glyphic.application.auth.TenantToken;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.AcceptInvitation;
import dev.glyphic.application.port.out.auth.SecretTokens;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.org.InvitationRepository;
import dev.glyphic.application.port.out.org.MembershipRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.access.MembershipPolicy;
import dev.glyphic.domain.access.PolicyDecision;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.org.Invitation;
import dev.glyphic.domain.org.Membership;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Joins an organization through an invitation. The invitation is for an address, so the person must hold that
 * address and have proved it (a verified email): otherwise anyone could sign up with a colleague's address and
 * take the seat meant for them. And an invitation is only as good as its inviter: one who has since left, or lost
 * the right to hand out that role, no longer vouches for it.
 */
public final class AcceptInvitationService implements AcceptInvitation {
    private final Transactions transactions;
    private final InvitationRepository invitations;
    private final MembershipRepository memberships;
    private final UserRepository users;
    private final SecretTokens secrets;
    private final Auditor auditor;
    private final Clock clock;

    public AcceptInvitationService(Transactions transactions, InvitationRepository invitations,
                                   MembershipRepository memberships, UserRepository users, SecretTokens secrets,
                                   Auditor auditor, Clock clock) {
        this.transactions = transactions;
        this.invitations = invitations;
        this.memberships = memberships;
        this.users = users;
        this.secrets = secrets;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Membership accept(Caller caller, String token) {
        if (!(caller instanceof Caller.Person person)) {
            throw new DomainException.Forbidden("an invitation is accepted by a person, not an API key");
        }
        OrgId orgId = TenantToken.orgOf(InviteMemberService.TOKEN_PREFIX, token)
                .orElseThrow(() -> new DomainException.NotFound("invitation"));
        User user = transactions.global(() -> users.find(person.userId()))
                .orElseThrow(() -> new DomainException.NotFound("user"));
        return transactions.inTenant(orgId, () -> {
            Instant now = clock.instant();
            Invitation invitation = invitations.findForUpdate(orgId, secrets.digest(token))
                    .orElseThrow(() -> new DomainException.NotFound("invitation"));
            switch (invitation.status(now)) {
                case ACCEPTED -> throw new DomainException.Conflict("invitation_used",
                        "this invitation has already been accepted");
                case EXPIRED -> throw new DomainException.Conflict("invitation_expired",
                        "this invitation has expired; ask for a new one");
                case REVOKED -> throw new DomainException.Conflict("invitation_revoked",
                        "this invitation has been withdrawn");
                case PENDING -> {
                }
            }
            if (!invitation.email().equals(user.email())) {
                throw new DomainException.Forbidden("this invitation was sent to another email address");
            }
            if (!user.emailVerified()) {
                throw new DomainException.Forbidden("email_unverified", "accepting an invitation needs a verified "
                        + "email address: use the link we mailed you, or ask for another at "
                        + "POST /api/v1/auth/verify-email/resend");
            }
            requireInviterStillVouches(invitation);
            Membership membership = new Membership(orgId, user.id(), invitation.role(), now);
            if (!memberships.insert(membership)) {
                throw new DomainException.Conflict("already_member", "you already belong to this organization");
            }
            invitations.markAccepted(invitation.accept(now));
            auditor.record(new Acting(membership, Optional.empty(), caller.origin()), AuditAction.MEMBER_JOINED,
                    "member", user.id(), Map.of("role", invitation.role().wireName(), "invitation",
                            invitation.id().toString()));
            return membership;
        });
    }

    /** The same rule as when the invitation was made, against the inviter's membership as it is now. */
    private void requireInviterStillVouches(Invitation invitation) {
        Optional<Membership> inviter = memberships.find(invitation.orgId(), invitation.invitedBy());
        boolean vouches = inviter.isPresent() && MembershipPolicy.grant(inviter.get().role(), invitation.role(),
                Action.MANAGE_MEMBERS) instanceof PolicyDecision.Allowed;
        if (!vouches) {
            throw new DomainException.Conflict("inviter_not_allowed", "the person who invited you can no longer "
                    + "invite members with this role here; ask an admin of the organization for a new invitation");
        }
    }
}
