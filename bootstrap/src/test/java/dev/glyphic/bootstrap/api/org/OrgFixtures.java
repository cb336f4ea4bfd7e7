package dev.glyphic.bootstrap.api.org;

import static dev.glyphic.bootstrap.testing.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.Expect;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.UUID;

/** The arrange steps these tests share, each done through the API as a user would. */
final class OrgFixtures {
    private OrgFixtures() {
    }

    static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** Founds an organization owned by {@code owner}; returns its path, {@code /api/v1/orgs/<id>}. */
    static String foundOrg(Api api, TestUser owner) {
        Api.Reply created = Expect.status(201, api.post("/api/v1/orgs", json("name", "Org", "slug", slug("org")))
                .as(owner).send());
        return "/api/v1/orgs/" + created.text("id");
    }

    static String idOf(String orgPath) {
        return orgPath.substring(orgPath.lastIndexOf('/') + 1);
    }

    /** Invites an existing person with a role and has them accept. */
    static void bring(Api api, String orgPath, TestUser inviter, TestUser person, TestOrg.Role role) {
        String token = invite(api, orgPath, inviter, person.email(), role.wire()).text("token");
        Expect.status(200, api.post("/api/v1/invitations/accept", json("token", token)).as(person).send());
    }

    /** Signs up a new person and brings them in with a role. */
    static TestUser newMember(Api api, String orgPath, TestUser inviter, TestOrg.Role role) {
        return TestOrg.join(api, idOf(orgPath), inviter, role);
    }

    static Api.Reply invite(Api api, String orgPath, TestUser inviter, String email, String role) {
        return Expect.status(201, api.post(orgPath + "/invitations", json("email", email, "role", role))
                .as(inviter).send());
    }

    /** Creates a workspace; returns its id. */
    static String workspace(Api api, String orgPath, TestUser creator, String slug) {
        return Expect.status(201, api.post(orgPath + "/workspaces", json("name", "Workspace " + slug, "slug", slug))
                .as(creator).send()).text("id");
    }

    /** Creates an API key; returns the creation answer (with its id and its secret). */
    static Api.Reply apiKey(Api api, String orgPath, TestUser creator, String role) {
        return Expect.status(201, api.post(orgPath + "/api-keys", json("name", "Key " + role, "role", role))
                .as(creator).send());
    }

    /** The member's entry in the org's member list, or a missing node when they are not in it. */
    static JsonNode memberEntry(Api api, String orgPath, TestUser reader, String userId) {
        for (JsonNode member : Expect.items(api.get(orgPath + "/members?limit=200").as(reader).send())) {
            if (member.path("userId").asText().equals(userId)) {
                return member;
            }
        }
        return MissingNode.getInstance();
    }

    static long ownerCount(Api api, String orgPath, TestUser reader) {
        return Expect.items(api.get(orgPath + "/members?limit=200").as(reader).send()).stream()
                .filter(member -> member.path("role").asText().equals("owner")).count();
    }
}
