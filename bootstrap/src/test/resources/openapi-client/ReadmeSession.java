package dev.glyphic.client;

import dev.glyphic.client.api.AuditApi;
import dev.glyphic.client.api.AuthApi;
import dev.glyphic.client.api.InvitationsApi;
import dev.glyphic.client.api.MembersApi;
import dev.glyphic.client.api.OrganizationsApi;
import dev.glyphic.client.api.WorkspacesApi;
import dev.glyphic.client.model.AuditEventJsonResponse;
import dev.glyphic.client.model.AuthJsonSignUpRequest;
import dev.glyphic.client.model.AuthJsonTokens;
import dev.glyphic.client.model.EmailJsonTokenRequest;
import dev.glyphic.client.model.InvitationJsonAcceptRequest;
import dev.glyphic.client.model.InvitationJsonCreateRequest;
import dev.glyphic.client.model.InvitationJsonMembershipResponse;
import dev.glyphic.client.model.InvitationJsonResponse;
import dev.glyphic.client.model.MemberJsonChangeRoleRequest;
import dev.glyphic.client.model.MemberJsonResponse;
import dev.glyphic.client.model.OrgJsonCreateRequest;
import dev.glyphic.client.model.OrgJsonResponse;
import dev.glyphic.client.model.Problem;
import dev.glyphic.client.model.WorkspaceJsonCreateRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The README's "A first session with curl", written against the client that openapi-generator makes from the served
 * document. Compiled and run by GeneratedClientTest; it answers what it saw, and the test judges it.
 */
public final class ReadmeSession {
    private ReadmeSession() {
    }

    /**
     * @param mailedToken the token of the newest link mailed to an address (the test reads the test server's
     *                    mailbox), as a person would take it from the mail
     */
    public static Map<String, Object> walk(String baseUri, UnaryOperator<String> mailedToken) throws Exception {
        Map<String, Object> seen = new LinkedHashMap<>();
        String unique = UUID.randomUUID().toString().substring(0, 8);

        // 1. Ada signs up: 201 with the tokens and the user
        AuthJsonTokens ada = new AuthApi(anonymous(baseUri)).signUp(new AuthJsonSignUpRequest()
                .email("ada-" + unique + "@example.com").password("correct horse battery").name("Ada"));
        ApiClient asAda = signedIn(baseUri, ada);

        // 2. she founds an organization and becomes its owner
        OrgJsonResponse org = new OrganizationsApi(asAda).createOrg(new OrgJsonCreateRequest()
                .name("Acme Studio").slug("acme-" + unique));
        seen.put("orgRole", org.getRole().getValue());
        UUID orgId = org.getId();

        // 3. and a workspace
        new WorkspacesApi(asAda).createWorkspace(orgId, new WorkspaceJsonCreateRequest().name("Shorts").slug("shorts"));

        // 4. she invites Grace as a member; the answer carries the acceptance token, once
        String graceEmail = "grace-" + unique + "@example.com";
        InvitationJsonResponse invitation = new InvitationsApi(asAda).inviteMember(orgId,
                new InvitationJsonCreateRequest().email(graceEmail).role(InvitationJsonCreateRequest.RoleEnum.MEMBER));
        seen.put("invitationStatus", invitation.getStatus().getValue());

        // 5. Grace signs up, verifies her address with the mailed link, and accepts with the token in the body
        AuthJsonTokens grace = new AuthApi(anonymous(baseUri)).signUp(new AuthJsonSignUpRequest()
                .email(graceEmail).password("another long password").name("Grace"));
        new AuthApi(anonymous(baseUri)).verifyEmail(new EmailJsonTokenRequest().token(mailedToken.apply(graceEmail)));
        ApiClient asGrace = signedIn(baseUri, grace);
        InvitationJsonMembershipResponse joined = new InvitationsApi(asGrace).acceptInvitation(
                new InvitationJsonAcceptRequest().token(invitation.getToken()));
        seen.put("joinedRole", joined.getRole().getValue());

        // 6. a member may not create workspaces
        ApiException refused = failure(() -> new WorkspacesApi(asGrace).createWorkspace(orgId,
                new WorkspaceJsonCreateRequest().name("Mine").slug("mine")));
        seen.put("memberCreatesWorkspace", refused.getCode());
        seen.put("memberCreatesWorkspaceType", problem(asGrace, refused).getType().toString());

        // 7. Ada makes her an admin
        UUID graceId = grace.getUser().getId();
        MemberJsonResponse promoted = new MembersApi(asAda).changeMemberRole(orgId, graceId,
                new MemberJsonChangeRoleRequest().role(MemberJsonChangeRoleRequest.RoleEnum.ADMIN));
        seen.put("promotedRole", promoted.getRole().getValue());

        // 8. Ada cannot leave: an organization keeps at least one owner
        ApiException lastOwner = failure(() -> new MembersApi(asAda).removeMember(orgId, ada.getUser().getId()));
        seen.put("lastOwnerLeaves", lastOwner.getCode());
        seen.put("lastOwnerLeavesType", problem(asAda, lastOwner).getType().toString());

        // 9. Ada removes Grace (204); Grace loses access at once
        new MembersApi(asAda).removeMember(orgId, graceId);
        seen.put("removedMemberReadsOrg", failure(() -> new OrganizationsApi(asGrace).showOrg(orgId)).getCode());

        // 10. who did what, newest first
        List<AuditEventJsonResponse> events = new AuditApi(asAda).listAuditEvents(orgId, 3, null).getItems();
        seen.put("auditActions", events.stream().map(AuditEventJsonResponse::getAction).toList());
        return seen;
    }

    private static ApiClient anonymous(String baseUri) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri);
        return client;
    }

    private static ApiClient signedIn(String baseUri, AuthJsonTokens tokens) {
        ApiClient client = anonymous(baseUri);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + tokens.getAccessToken()));
        return client;
    }

    private interface Call {
        void run() throws ApiException;
    }

    private static ApiException failure(Call call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("the call succeeded");
    }

    private static Problem problem(ApiClient client, ApiException e) throws Exception {
        return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }
}
