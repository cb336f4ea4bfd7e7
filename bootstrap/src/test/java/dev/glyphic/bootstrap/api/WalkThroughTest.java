package dev.glyphic.bootstrap.api;

import static dev.glyphic.bootstrap.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestServer;
import dev.glyphic.bootstrap.testing.TestUser;
import org.junit.jupiter.api.Test;

/** The README's walk-through, as a new team would do it: sign up, found an org, add a workspace, bring a colleague. */
class WalkThroughTest {
    private final Api api = new Api();

    @Test
    void aNewTeamSetsUpAndManagesItsOrganization() {
        TestUser ada = TestUser.signUp(api);
        Api.Reply org = api.post("/api/v1/orgs", json("name", "Acme Studio", "slug", "acme-" + ada.id().substring(30)))
                .as(ada).send();
        assertEquals(201, org.status(), org::toString);
        String orgPath = "/api/v1/orgs/" + org.text("id");
        assertEquals(orgPath, org.header("Location").orElseThrow());
        assertEquals("owner", org.text("role"));

        Api.Reply workspace = api.post(orgPath + "/workspaces", json("name", "Shorts", "slug", "shorts"))
                .as(ada).send();
        assertEquals(201, workspace.status(), workspace::toString);

        TestUser grace = TestUser.signUp(api);
        Api.Reply invitation = api.post(orgPath + "/invitations", json("email", grace.email(), "role", "member"))
                .as(ada).send();
        assertEquals(201, invitation.status(), invitation::toString);
        assertEquals("pending", invitation.text("status"));

        // Grace takes the token from the invitation mail, as she would from its link.
        String mailedToken = TestServer.get().mailbox().awaitToken(grace.email(), "gi");
        assertEquals(invitation.text("token"), mailedToken);
        Api.Reply joined = api.post("/api/v1/invitations/accept", json("token", mailedToken)).as(grace).send();
        assertEquals(200, joined.status(), joined::toString);
        assertEquals("member", joined.text("role"));

        Api.Reply promoted = api.patch(orgPath + "/members/" + grace.id(), json("role", "admin")).as(ada).send();
        assertEquals(200, promoted.status(), promoted::toString);
        assertEquals("admin", promoted.text("role"));

        Api.Reply members = api.get(orgPath + "/members").as(grace).send();
        assertEquals(2, members.json().path("items").size(), members::toString);

        assertEquals(204, api.delete(orgPath + "/members/" + grace.id()).as(ada).send().status());
        assertEquals(404, api.get(orgPath).as(grace).send().status(), "a removed member loses access at once");

        Api.Reply audit = api.get(orgPath + "/audit-events").as(ada).send();
        assertEquals(200, audit.status(), audit::toString);
        var actions = audit.json().path("items").findValuesAsText("action");
        assertTrue(actions.containsAll(java.util.List.of("org.created", "workspace.created", "member.invited",
                "member.joined", "member.role_changed", "member.removed")), actions::toString);
        assertEquals("member.removed", actions.get(0), "newest first");
    }
}
