package dev.glyphic.application.org;

import dev.glyphic.application.auth.Caller;
import dev.glyphic.application.auth.TenantToken;
import dev.glyphic.application.port.in.InviteMember;
import dev.glyphic.application.port.out.InvitationRepository;
import dev.glyphic.application.port.out.SecretTokens;
import dev.glyphic.application.port.out.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.access.MembershipPolicy;
import dev.glyphic.domain.org.Invitation;
import dev.glyphic.domain.org.OrgId;
import java.time.Clock;
import java.util.Map;

public final class InviteMemberService implements InviteMember {
    public static final String TOKEN_PREFIX = "gi";

    private final Transactions transactions;
    private final OrgAccess access;
    private final InvitationRepository invitations;
    private final SecretTokens secrets;
    private final Auditor auditor;
    private final Clock clock;

    public InviteMemberService(Transactions transactions, OrgAccess access, InvitationRepository invitations,
                               SecretTokens secrets, Auditor auditor, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.invitations = invitations;
        this.secrets = secrets;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Issued invite(Caller caller, OrgId orgId, Command command) {
        return transactions.inTenant(orgId, () -> {
            Acting acting = access.enter(caller, orgId).requirePersonFor(Action.MANAGE_MEMBERS);
            Acting.enforce(MembershipPolicy.grant(acting.role(), command.role(), Action.MANAGE_MEMBERS));
            Invitation invitation = Invitation.issue(orgId, command.email(), command.role(), acting.as().userId(),
                    clock.instant());
            String token = TenantToken.mint(TOKEN_PREFIX, orgId, secrets);
            invitations.insert(invitation, secrets.digest(token));
            auditor.record(acting, "member.invited", "invitation", invitation.id(),
                    Map.of("email", command.email().value(), "role", command.role().wireName()));
            return new Issued(invitation, token);
        });
    }
}
