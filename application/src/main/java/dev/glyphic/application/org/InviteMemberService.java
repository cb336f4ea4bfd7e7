package dev.glyphic.application.org;

import dev.glyphic.application.auth.TenantToken;
import dev.glyphic.application.mail.Letters;
import dev.glyphic.application.mail.Postman;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.InviteMember;
import dev.glyphic.application.port.out.auth.SecretTokens;
import dev.glyphic.application.port.out.org.InvitationRepository;
import dev.glyphic.application.port.out.org.OrganizationRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.access.MembershipPolicy;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.org.Invitation;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.util.Map;

public final class InviteMemberService implements InviteMember {
    public static final String TOKEN_PREFIX = "gi";

    private final Transactions transactions;
    private final OrgAccess access;
    private final InvitationRepository invitations;
    private final SecretTokens secrets;
    private final Auditor auditor;
    private final OrganizationRepository organizations;
    private final Letters letters;
    private final Postman postman;
    private final Clock clock;

    public InviteMemberService(Transactions transactions, OrgAccess access, InvitationRepository invitations,
                               SecretTokens secrets, Auditor auditor, OrganizationRepository organizations,
                               Letters letters, Postman postman, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.invitations = invitations;
        this.secrets = secrets;
        this.auditor = auditor;
        this.organizations = organizations;
        this.letters = letters;
        this.postman = postman;
        this.clock = clock;
    }

    private record Drafted(Issued issued, String orgName) {
    }

    @Override
    public Issued invite(Caller caller, OrgId orgId, Command command) {
        Drafted drafted = transactions.inTenant(orgId, () -> {
            Acting acting = access.enter(caller, orgId).requirePersonFor(Action.MANAGE_MEMBERS);
            Acting.enforce(MembershipPolicy.grant(acting.role(), command.role(), Action.MANAGE_MEMBERS));
            Invitation invitation = Invitation.issue(orgId, command.email(), command.role(), acting.as().userId(),
                    clock.instant());
            String token = TenantToken.mint(TOKEN_PREFIX, orgId, secrets);
            invitations.insert(invitation, secrets.digest(token));
            auditor.record(acting, AuditAction.MEMBER_INVITED, "invitation", invitation.id(),
                    Map.of("email", command.email().value(), "role", command.role().wireName()));
            String orgName = organizations.find(orgId).map(o -> o.name().value())
                    .orElseThrow(() -> new DomainException.NotFound("organization"));
            return new Drafted(new Issued(invitation, token), orgName);
        });
        // Mailed once the invitation is committed; the token stays in the answer too, for the inviter to pass on
        // by other means when mail does not arrive.
        postman.post(letters.invitation(drafted.issued().invitation(), drafted.orgName(), drafted.issued().token()));
        return drafted.issued();
    }
}
