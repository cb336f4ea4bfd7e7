package dev.glyphic.bootstrap;

import dev.glyphic.application.auth.AttemptThrottle;
import dev.glyphic.application.auth.AuthenticateService;
import dev.glyphic.application.auth.ChangePasswordService;
import dev.glyphic.application.auth.EmailLinks;
import dev.glyphic.application.auth.LogInService;
import dev.glyphic.application.auth.LogOutService;
import dev.glyphic.application.auth.PasswordLimits;
import dev.glyphic.application.auth.RefreshSessionService;
import dev.glyphic.application.auth.SessionIssuer;
import dev.glyphic.application.auth.ShowMeService;
import dev.glyphic.application.auth.SignUpService;
import dev.glyphic.application.mail.Letters;
import dev.glyphic.application.mail.Postman;
import dev.glyphic.application.org.AcceptInvitationService;
import dev.glyphic.application.org.Auditor;
import dev.glyphic.application.org.ChangeMemberRoleService;
import dev.glyphic.application.org.CreateApiKeyService;
import dev.glyphic.application.org.CreateOrgService;
import dev.glyphic.application.org.CreateWorkspaceService;
import dev.glyphic.application.org.DeleteOrgService;
import dev.glyphic.application.org.DeleteWorkspaceService;
import dev.glyphic.application.org.InviteMemberService;
import dev.glyphic.application.org.ListApiKeysService;
import dev.glyphic.application.org.ListAuditEventsService;
import dev.glyphic.application.org.ListInvitationsService;
import dev.glyphic.application.org.ListMembersService;
import dev.glyphic.application.org.ListMyOrgsService;
import dev.glyphic.application.org.ListWorkspacesService;
import dev.glyphic.application.org.OrgAccess;
import dev.glyphic.application.org.RemoveMemberService;
import dev.glyphic.application.org.RevokeApiKeyService;
import dev.glyphic.application.org.ShowOrgService;
import dev.glyphic.application.org.ShowWorkspaceService;
import dev.glyphic.application.org.SignInAudit;
import dev.glyphic.application.org.UpdateOrgService;
import dev.glyphic.application.org.UpdateWorkspaceService;
import dev.glyphic.application.port.in.auth.Authenticate;
import dev.glyphic.application.port.in.auth.ChangePassword;
import dev.glyphic.application.port.in.auth.LogIn;
import dev.glyphic.application.port.in.auth.LogOut;
import dev.glyphic.application.port.in.auth.RefreshSession;
import dev.glyphic.application.port.in.auth.ShowMe;
import dev.glyphic.application.port.in.auth.SignUp;
import dev.glyphic.application.port.in.org.AcceptInvitation;
import dev.glyphic.application.port.in.org.ChangeMemberRole;
import dev.glyphic.application.port.in.org.CreateApiKey;
import dev.glyphic.application.port.in.org.CreateOrg;
import dev.glyphic.application.port.in.org.CreateWorkspace;
import dev.glyphic.application.port.in.org.DeleteOrg;
import dev.glyphic.application.port.in.org.DeleteWorkspace;
import dev.glyphic.application.port.in.org.InviteMember;
import dev.glyphic.application.port.in.org.ListApiKeys;
import dev.glyphic.application.port.in.org.ListAuditEvents;
import dev.glyphic.application.port.in.org.ListInvitations;
import dev.glyphic.application.port.in.org.ListMembers;
import dev.glyphic.application.port.in.org.ListMyOrgs;
import dev.glyphic.application.port.in.org.ListWorkspaces;
import dev.glyphic.application.port.in.org.RemoveMember;
import dev.glyphic.application.port.in.org.RevokeApiKey;
import dev.glyphic.application.port.in.org.ShowOrg;
import dev.glyphic.application.port.in.org.ShowWorkspace;
import dev.glyphic.application.port.in.org.UpdateOrg;
import dev.glyphic.application.port.in.org.UpdateWorkspace;
import dev.glyphic.application.port.out.auth.AccessTokens;
import dev.glyphic.application.port.out.auth.AttemptCounters;
import dev.glyphic.application.port.out.auth.ExternalIdentities;
import dev.glyphic.application.port.out.auth.PasswordHasher;
import dev.glyphic.application.port.out.auth.RefreshTokenRepository;
import dev.glyphic.application.port.out.auth.SecretTokens;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.org.ApiKeyRepository;
import dev.glyphic.application.port.out.org.AuditLog;
import dev.glyphic.application.port.out.org.InvitationRepository;
import dev.glyphic.application.port.out.org.MembershipRepository;
import dev.glyphic.application.port.out.org.OrganizationRepository;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.AttemptLimit;
import dev.glyphic.domain.org.TenantCeilings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Builds every use case from its ports and exposes it as its in-port. The services know nothing of Micronaut;
 * this is the only place that decides which adapter serves which port.
 */
@Factory
public class UseCaseFactory {
    private final Transactions transactions;
    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final AttemptThrottle throttle;
    private final PasswordLimits passwordLimits;
    private final OrganizationRepository organizations;
    private final MembershipRepository memberships;
    private final WorkspaceRepository workspaces;
    private final InvitationRepository invitations;
    private final ApiKeyRepository apiKeys;
    private final AuditLog auditLog;
    private final PasswordHasher hasher;
    private final SecretTokens secrets;
    private final AccessTokens accessTokens;
    private final ExternalIdentities externalIdentities;
    private final Clock clock;
    private final SessionIssuer sessions;
    private final OrgAccess access;
    private final Auditor auditor;
    private final SignInAudit signInAudit;

    public UseCaseFactory(Transactions transactions, UserRepository users, RefreshTokenRepository refreshTokens,
                          AttemptCounters attemptCounters, AbuseSettings abuse,
                          OrganizationRepository organizations,
                          MembershipRepository memberships, WorkspaceRepository workspaces,
                          InvitationRepository invitations, ApiKeyRepository apiKeys, AuditLog auditLog,
                          PasswordHasher hasher, SecretTokens secrets, AccessTokens accessTokens,
                          ExternalIdentities externalIdentities, Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.throttle = new AttemptThrottle(transactions, attemptCounters, clock);
        this.passwordLimits = new PasswordLimits(
                new AttemptLimit(abuse.loginFailuresPerAccount(), abuse.passwordFailureWindow()),
                new AttemptLimit(abuse.passwordFailuresPerClient(), abuse.passwordFailureWindow()),
                new AttemptLimit(abuse.signUpsPerClient(), abuse.signUpWindow()));
        this.organizations = organizations;
        this.memberships = memberships;
        this.workspaces = workspaces;
        this.invitations = invitations;
        this.apiKeys = apiKeys;
        this.auditLog = auditLog;
        this.hasher = hasher;
        this.secrets = secrets;
        this.accessTokens = accessTokens;
        this.externalIdentities = externalIdentities;
        this.clock = clock;
        this.sessions = new SessionIssuer(accessTokens, refreshTokens, secrets, clock);
        this.access = new OrgAccess(memberships, apiKeys);
        this.auditor = new Auditor(auditLog, clock);
        this.signInAudit = new SignInAudit(transactions, memberships, auditLog, clock);
    }

    /** Shared with the other use-case factories: who the caller is in an org, and the audit trail. */
    @Singleton
    OrgAccess orgAccess() {
        return access;
    }

    @Singleton
    Auditor auditor() {
        return auditor;
    }

    @Singleton
    SignUp signUp(EmailLinks emailLinks, Letters letters, Postman postman) {
        return new SignUpService(transactions, users, throttle, passwordLimits, hasher, sessions, emailLinks,
                letters, postman, clock);
    }

    @Singleton
    LogIn logIn() {
        return new LogInService(transactions, users, throttle, passwordLimits, hasher, sessions, signInAudit,
                clock);
    }

    @Singleton
    RefreshSession refreshSession() {
        return new RefreshSessionService(transactions, refreshTokens, users, secrets, sessions, clock);
    }

    @Singleton
    LogOut logOut() {
        return new LogOutService(transactions, refreshTokens, clock);
    }

    @Singleton
    ChangePassword changePassword() {
        return new ChangePasswordService(transactions, users, refreshTokens, throttle, passwordLimits, hasher,
                sessions, clock);
    }

    @Singleton
    ShowMe showMe() {
        return new ShowMeService(transactions, users);
    }

    @Singleton
    Authenticate authenticate() {
        return new AuthenticateService(transactions, accessTokens, externalIdentities, users, apiKeys, secrets, clock);
    }

    @Singleton
    CreateOrg createOrg() {
        return new CreateOrgService(transactions, organizations, memberships, auditor, clock);
    }

    @Singleton
    ListMyOrgs listMyOrgs() {
        return new ListMyOrgsService(transactions, organizations);
    }

    @Singleton
    ShowOrg showOrg() {
        return new ShowOrgService(transactions, access, organizations);
    }

    @Singleton
    UpdateOrg updateOrg(TenantCeilings ceilings) {
        return new UpdateOrgService(transactions, access, organizations, auditor, clock, ceilings);
    }

    @Singleton
    DeleteOrg deleteOrg() {
        return new DeleteOrgService(transactions, access, organizations);
    }

    @Singleton
    ListMembers listMembers() {
        return new ListMembersService(transactions, access, memberships);
    }

    @Singleton
    ChangeMemberRole changeMemberRole() {
        return new ChangeMemberRoleService(transactions, access, memberships, users, auditor);
    }

    @Singleton
    RemoveMember removeMember() {
        return new RemoveMemberService(transactions, access, memberships, auditor);
    }

    @Singleton
    InviteMember inviteMember(Letters letters, Postman postman) {
        return new InviteMemberService(transactions, access, invitations, secrets, auditor, organizations, letters,
                postman, clock);
    }

    @Singleton
    ListInvitations listInvitations() {
        return new ListInvitationsService(transactions, access, invitations);
    }

    @Singleton
    AcceptInvitation acceptInvitation() {
        return new AcceptInvitationService(transactions, invitations, memberships, users, secrets, auditor, clock);
    }

    @Singleton
    CreateWorkspace createWorkspace() {
        return new CreateWorkspaceService(transactions, access, workspaces, auditor, clock);
    }

    @Singleton
    ListWorkspaces listWorkspaces() {
        return new ListWorkspacesService(transactions, access, workspaces);
    }

    @Singleton
    ShowWorkspace showWorkspace() {
        return new ShowWorkspaceService(transactions, access, workspaces);
    }

    @Singleton
    UpdateWorkspace updateWorkspace() {
        return new UpdateWorkspaceService(transactions, access, workspaces, auditor, clock);
    }

    @Singleton
    DeleteWorkspace deleteWorkspace() {
        return new DeleteWorkspaceService(transactions, access, workspaces, auditor);
    }

    @Singleton
    CreateApiKey createApiKey() {
        return new CreateApiKeyService(transactions, access, apiKeys, secrets, auditor, clock);
    }

    @Singleton
    ListApiKeys listApiKeys() {
        return new ListApiKeysService(transactions, access, apiKeys);
    }

    @Singleton
    RevokeApiKey revokeApiKey() {
        return new RevokeApiKeyService(transactions, access, apiKeys, auditor, clock);
    }

    @Singleton
    ListAuditEvents listAuditEvents() {
        return new ListAuditEventsService(transactions, access, auditLog);
    }
}
