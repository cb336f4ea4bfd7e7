package dev.glyphic.bootstrap;

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
import dev.glyphic.application.org.RevokeInvitationService;
import dev.glyphic.application.org.ShowApiKeyService;
import dev.glyphic.application.org.ShowInvitationService;
import dev.glyphic.application.org.ShowOrgService;
import dev.glyphic.application.org.ShowWorkspaceService;
import dev.glyphic.application.org.SignInAudit;
import dev.glyphic.application.org.UpdateOrgService;
import dev.glyphic.application.org.UpdateWorkspaceService;
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
import dev.glyphic.application.port.in.org.RevokeInvitation;
import dev.glyphic.application.port.in.org.ShowApiKey;
import dev.glyphic.application.port.in.org.ShowInvitation;
import dev.glyphic.application.port.in.org.ShowOrg;
import dev.glyphic.application.port.in.org.ShowWorkspace;
import dev.glyphic.application.port.in.org.UpdateOrg;
import dev.glyphic.application.port.in.org.UpdateWorkspace;
import dev.glyphic.application.port.out.auth.SecretTokens;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.org.ApiKeyRepository;
import dev.glyphic.application.port.out.org.AuditLog;
import dev.glyphic.application.port.out.org.InvitationRepository;
import dev.glyphic.application.port.out.org.MembershipRepository;
import dev.glyphic.application.port.out.org.OrganizationRepository;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.bootstrap.config.TenantCeilingsSettings;
import dev.glyphic.domain.org.TenantCeilings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The org use cases (organizations, members, invitations, workspaces, API keys, the audit trail) and what other
 * features share with them: one {@link OrgAccess} (who the caller is in an org), one {@link Auditor}, the
 * {@link SignInAudit} of logging in, and the operator's {@link TenantCeilings}, which the engine applies too. Each
 * method takes what its service needs; the service is exposed as its in-port.
 */
@Factory
public class OrgUseCaseFactory {

    @Singleton
    OrgAccess orgAccess(MembershipRepository memberships, ApiKeyRepository apiKeys) {
        return new OrgAccess(memberships, apiKeys);
    }

    @Singleton
    Auditor auditor(AuditLog auditLog, Clock clock) {
        return new Auditor(auditLog, clock);
    }

    @Singleton
    SignInAudit signInAudit(Transactions transactions, MembershipRepository memberships, AuditLog auditLog,
                            Clock clock) {
        return new SignInAudit(transactions, memberships, auditLog, clock);
    }

    @Singleton
    TenantCeilings tenantCeilings(TenantCeilingsSettings settings) {
        return settings.ceilings();
    }

    @Singleton
    CreateOrg createOrg(Transactions transactions, OrganizationRepository organizations,
                        MembershipRepository memberships, Auditor auditor, Clock clock) {
        return new CreateOrgService(transactions, organizations, memberships, auditor, clock);
    }

    @Singleton
    ListMyOrgs listMyOrgs(Transactions transactions, OrganizationRepository organizations) {
        return new ListMyOrgsService(transactions, organizations);
    }

    @Singleton
    ShowOrg showOrg(Transactions transactions, OrgAccess access, OrganizationRepository organizations) {
        return new ShowOrgService(transactions, access, organizations);
    }

    @Singleton
    UpdateOrg updateOrg(Transactions transactions, OrgAccess access, OrganizationRepository organizations,
                        Auditor auditor, Clock clock, TenantCeilings ceilings) {
        return new UpdateOrgService(transactions, access, organizations, auditor, clock, ceilings);
    }

    @Singleton
    DeleteOrg deleteOrg(Transactions transactions, OrgAccess access, OrganizationRepository organizations) {
        return new DeleteOrgService(transactions, access, organizations);
    }

    @Singleton
    ListMembers listMembers(Transactions transactions, OrgAccess access, MembershipRepository memberships) {
        return new ListMembersService(transactions, access, memberships);
    }

    @Singleton
    ChangeMemberRole changeMemberRole(Transactions transactions, OrgAccess access, MembershipRepository memberships,
                                      UserRepository users, Auditor auditor) {
        return new ChangeMemberRoleService(transactions, access, memberships, users, auditor);
    }

    @Singleton
    RemoveMember removeMember(Transactions transactions, OrgAccess access, MembershipRepository memberships,
                              Auditor auditor) {
        return new RemoveMemberService(transactions, access, memberships, auditor);
    }

    @Singleton
    InviteMember inviteMember(Transactions transactions, OrgAccess access, InvitationRepository invitations,
                              SecretTokens secrets, Auditor auditor, OrganizationRepository organizations,
                              Letters letters, Postman postman, Clock clock) {
        return new InviteMemberService(transactions, access, invitations, secrets, auditor, organizations, letters,
                postman, clock);
    }

    @Singleton
    ListInvitations listInvitations(Transactions transactions, OrgAccess access, InvitationRepository invitations) {
        return new ListInvitationsService(transactions, access, invitations);
    }

    @Singleton
    ShowInvitation showInvitation(Transactions transactions, OrgAccess access, InvitationRepository invitations) {
        return new ShowInvitationService(transactions, access, invitations);
    }

    @Singleton
    AcceptInvitation acceptInvitation(Transactions transactions, InvitationRepository invitations,
                                      MembershipRepository memberships, UserRepository users, SecretTokens secrets,
                                      Auditor auditor, Clock clock) {
        return new AcceptInvitationService(transactions, invitations, memberships, users, secrets, auditor, clock);
    }

    @Singleton
    RevokeInvitation revokeInvitation(Transactions transactions, OrgAccess access, InvitationRepository invitations,
                                      Auditor auditor, Clock clock) {
        return new RevokeInvitationService(transactions, access, invitations, auditor, clock);
    }

    @Singleton
    CreateWorkspace createWorkspace(Transactions transactions, OrgAccess access, WorkspaceRepository workspaces,
                                    Auditor auditor, Clock clock) {
        return new CreateWorkspaceService(transactions, access, workspaces, auditor, clock);
    }

    @Singleton
    ListWorkspaces listWorkspaces(Transactions transactions, OrgAccess access, WorkspaceRepository workspaces) {
        return new ListWorkspacesService(transactions, access, workspaces);
    }

    @Singleton
    ShowWorkspace showWorkspace(Transactions transactions, OrgAccess access, WorkspaceRepository workspaces) {
        return new ShowWorkspaceService(transactions, access, workspaces);
    }

    @Singleton
    UpdateWorkspace updateWorkspace(Transactions transactions, OrgAccess access, WorkspaceRepository workspaces,
                                    Auditor auditor, Clock clock) {
        return new UpdateWorkspaceService(transactions, access, workspaces, auditor, clock);
    }

    @Singleton
    DeleteWorkspace deleteWorkspace(Transactions transactions, OrgAccess access, WorkspaceRepository workspaces,
                                    Auditor auditor) {
        return new DeleteWorkspaceService(transactions, access, workspaces, auditor);
    }

    @Singleton
    CreateApiKey createApiKey(Transactions transactions, OrgAccess access, ApiKeyRepository apiKeys,
                              SecretTokens secrets, Auditor auditor, Clock clock) {
        return new CreateApiKeyService(transactions, access, apiKeys, secrets, auditor, clock);
    }

    @Singleton
    ListApiKeys listApiKeys(Transactions transactions, OrgAccess access, ApiKeyRepository apiKeys) {
        return new ListApiKeysService(transactions, access, apiKeys);
    }

    @Singleton
    ShowApiKey showApiKey(Transactions transactions, OrgAccess access, ApiKeyRepository apiKeys) {
        return new ShowApiKeyService(transactions, access, apiKeys);
    }

    @Singleton
    RevokeApiKey revokeApiKey(Transactions transactions, OrgAccess access, ApiKeyRepository apiKeys, Auditor auditor,
                              Clock clock) {
        return new RevokeApiKeyService(transactions, access, apiKeys, auditor, clock);
    }

    @Singleton
    ListAuditEvents listAuditEvents(Transactions transactions, OrgAccess access, AuditLog auditLog) {
        return new ListAuditEventsService(transactions, access, auditLog);
    }
}
