package dev.glyphic.bootstrap.api.org;

import static dev.glyphic.bootstrap.api.org.OrgFixtures.apiKey;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.bring;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.foundOrg;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.newMember;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.slug;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.workspace;
import static dev.glyphic.bootstrap.testing.Api.json;

import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.Expect;
import dev.glyphic.bootstrap.testing.TestOrg.Role;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The permission matrix of DESIGN.md, as seen over HTTP: each row is one thing a person tries in their own
 * organization, each column the status a person with that role gets. Destructive rows act on a target made for the
 * occasion, so every cell starts from the same organization.
 */
class RoleMatrixApiTest {
    private static final Api API = new Api();
    private static TestOrg org;
    private static String workspaceId;

    /** Something a person does in the organization, returning the answer they get. */
    private interface Attempt {
        Api.Reply by(TestUser actor);
    }

    private enum Row {
        //                                 viewer member admin owner
        READ_THE_ORG("read the org",           200, 200, 200, 200, actor -> API.get(org.path()).as(actor).send()),
        LIST_MEMBERS("list the members",       200, 200, 200, 200,
                actor -> API.get(org.path() + "/members").as(actor).send()),
        LIST_WORKSPACES("list the workspaces", 200, 200, 200, 200,
                actor -> API.get(org.path() + "/workspaces").as(actor).send()),
        READ_WORKSPACE("read a workspace",     200, 200, 200, 200,
                actor -> API.get(org.path() + "/workspaces/" + workspaceId).as(actor).send()),
        CREATE_WORKSPACE("create a workspace", 403, 403, 201, 201,
                actor -> API.post(org.path() + "/workspaces", json("name", "New", "slug", slug("ws"))).as(actor)
                        .send()),
        RENAME_WORKSPACE("rename a workspace", 403, 403, 200, 200,
                actor -> API.patch(org.path() + "/workspaces/" + freshWorkspace(), json("name", "Renamed"))
                        .as(actor).send()),
        DELETE_WORKSPACE("delete a workspace", 403, 403, 204, 204,
                actor -> API.delete(org.path() + "/workspaces/" + freshWorkspace()).as(actor).send()),
        RENAME_ORG("rename the org",           403, 403, 200, 200,
                actor -> API.patch(org.path(), json("name", "Renamed org")).as(actor).send()),
        SET_EXECUTION_LIMITS("set the execution limits", 403, 403, 200, 200,
                actor -> API.patch(org.path(), json("executionLimits", json("maxConcurrentExecutions", 25)))
                        .as(actor).send()),
        INVITE_MEMBER("invite a member",       403, 403, 201, 201, actor -> invite(actor, "member")),
        INVITE_ADMIN("invite an admin",        403, 403, 201, 201, actor -> invite(actor, "admin")),
        INVITE_OWNER("invite an owner",        403, 403, 403, 201, actor -> invite(actor, "owner")),
        LIST_INVITATIONS("list the invitations", 403, 403, 200, 200,
                actor -> API.get(org.path() + "/invitations").as(actor).send()),
        PROMOTE_TO_ADMIN("make a member an admin", 403, 403, 200, 200,
                actor -> changeRole(actor, freshPerson(Role.MEMBER), "admin")),
        DEMOTE_TO_VIEWER("make a member a viewer", 403, 403, 200, 200,
                actor -> changeRole(actor, freshPerson(Role.MEMBER), "viewer")),
        GRANT_OWNER("make a member an owner",  403, 403, 403, 200,
                actor -> changeRole(actor, freshPerson(Role.MEMBER), "owner")),
        DEMOTE_OWNER("make an owner an admin", 403, 403, 403, 200,
                actor -> changeRole(actor, freshPerson(Role.OWNER), "admin")),
        REMOVE_MEMBER("remove a member",       403, 403, 204, 204,
                actor -> API.delete(org.path() + "/members/" + freshPerson(Role.MEMBER).id()).as(actor).send()),
        REMOVE_ADMIN("remove an admin",        403, 403, 204, 204,
                actor -> API.delete(org.path() + "/members/" + freshPerson(Role.ADMIN).id()).as(actor).send()),
        REMOVE_OWNER("remove an owner",        403, 403, 403, 204,
                actor -> API.delete(org.path() + "/members/" + freshPerson(Role.OWNER).id()).as(actor).send()),
        CREATE_API_KEY("create an API key",    403, 403, 201, 201,
                actor -> API.post(org.path() + "/api-keys", json("name", "ci", "role", "viewer")).as(actor).send()),
        LIST_API_KEYS("list the API keys",     403, 403, 200, 200,
                actor -> API.get(org.path() + "/api-keys").as(actor).send()),
        REVOKE_API_KEY("revoke an API key",    403, 403, 204, 204,
                actor -> API.delete(org.path() + "/api-keys/" + apiKey(API, org.path(), org.owner(), "viewer")
                        .text("id")).as(actor).send()),
        READ_AUDIT_LOG("read the audit log",   403, 403, 200, 200,
                actor -> API.get(org.path() + "/audit-events").as(actor).send()),
        DELETE_ORG("delete the org",           403, 403, 403, 204,
                actor -> API.delete(freshOrgWithEveryone()).as(actor).send());

        private final String action;
        private final int[] statusByRole;
        private final Attempt attempt;

        Row(String action, int viewer, int member, int admin, int owner, Attempt attempt) {
            this.action = action;
            this.statusByRole = new int[] {viewer, member, admin, owner};
            this.attempt = attempt;
        }

        int expectedFor(Role role) {
            return switch (role) {
                case VIEWER -> statusByRole[0];
                case MEMBER -> statusByRole[1];
                case ADMIN -> statusByRole[2];
                case OWNER -> statusByRole[3];
            };
        }

        @Override
        public String toString() {
            return action;
        }
    }

    @BeforeAll
    static void anOrganizationWithOnePersonInEachRole() {
        org = TestOrg.create(API);
        workspaceId = workspace(API, org.path(), org.owner(), slug("ws"));
    }

    static Stream<Arguments> cells() {
        return Arrays.stream(Row.values()).flatMap(row -> Stream.of(Role.VIEWER, Role.MEMBER, Role.ADMIN, Role.OWNER)
                .map(role -> Arguments.of(Named.of(role.wire(), role), row, row.expectedFor(role))));
    }

    @ParameterizedTest(name = "{0} may {1}: {2}")
    @MethodSource("cells")
    void eachRoleGetsWhatThePermissionMatrixSays(Role role, Row row, int expected) {
        Api.Reply reply = row.attempt.by(org.people().get(role));
        if (expected == 403) {
            Expect.problem(403, "forbidden", reply);
        } else {
            Expect.status(expected, reply);
        }
    }

    private static Api.Reply invite(TestUser actor, String role) {
        return API.post(org.path() + "/invitations", json("email", slug("invitee") + "@example.com", "role", role))
                .as(actor).send();
    }

    private static Api.Reply changeRole(TestUser actor, TestUser target, String role) {
        return API.patch(org.path() + "/members/" + target.id(), json("role", role)).as(actor).send();
    }

    private static String freshWorkspace() {
        return workspace(API, org.path(), org.owner(), slug("ws"));
    }

    private static TestUser freshPerson(Role role) {
        return newMember(API, org.path(), org.owner(), role);
    }

    /** A new organization of the same four people in the same roles; returns its path. */
    private static String freshOrgWithEveryone() {
        String path = foundOrg(API, org.owner());
        for (Role role : new Role[] {Role.ADMIN, Role.MEMBER, Role.VIEWER}) {
            bring(API, path, org.owner(), org.people().get(role), role);
        }
        return path;
    }
}
