package dev.glyphic.bootstrap.api.auth;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Organization API keys used as bearer tokens: where they work, what they may do, and how they stop working. */
class ApiKeyAuthApiTest {
    /** {@code gk_} and the 22 characters of the org id and their separator come before the secret part. */
    private static final int SECRET_START = "gk_".length() + 22 + 1;

    private final Api api = new Api();
    private final TestOrg org = TestOrg.create(api);

    private record Key(String id, String secret) {
    }

    private Key createKey(TestUser creator, String role) {
        Api.Reply created = api.post(org.path() + "/api-keys", json("name", "ci " + role, "role", role))
                .as(creator).send();
        assertEquals(201, created.status(), created::toString);
        return new Key(created.text("id"), created.text("secret"));
    }

    private Api.Reply createWorkspace(String bearer) {
        String slug = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        return api.post(org.path() + "/workspaces", json("name", "Workspace " + slug, "slug", slug)).bearer(bearer)
                .send();
    }

    @Test
    void aKeysSecretIsShownOnceAtCreationAndItsListingRevealsOnlyAShortHint() {
        Api.Reply created = api.post(org.path() + "/api-keys", json("name", "deploy bot", "role", "member"))
                .as(org.owner()).send();

        assertEquals(201, created.status(), created::toString);
        String secret = created.text("secret");
        assertTrue(secret.startsWith("gk_"), secret);
        assertEquals(org.path() + "/api-keys/" + created.text("id"), created.header("Location").orElseThrow());
        assertEquals("member", created.text("role"));
        assertEquals(org.owner().id(), created.text("createdBy"));

        Api.Reply listed = api.get(org.path() + "/api-keys").as(org.owner()).send();
        assertEquals(200, listed.status(), listed::toString);
        JsonNode key = listed.json().path("items").get(0);
        assertEquals(created.text("id"), key.path("id").asText(), listed::toString);
        assertTrue(key.path("secret").isNull() || key.path("secret").isMissingNode(), key::toString);
        assertFalse(listed.raw().body().contains(secret.substring(SECRET_START)), "the secret is never listed");
        assertHintRevealsAtMostFourSecretCharacters(secret, key.path("hint").asText());
    }

    /** Base64url secrets contain '_', the separator of the token's parts; neither reading nor hinting may trip on it. */
    @Test
    void everyKeyAuthenticatesWhateverCharactersItsRandomPartHolds() {
        for (int i = 0; i < 16; i++) {
            Key key = createKey(org.owner(), "viewer");

            Api.Reply reply = api.get(org.path() + "/workspaces").bearer(key.secret()).send();

            assertEquals(200, reply.status(), () -> "key " + key.secret() + ": " + reply);
        }
        Api.Reply listed = api.get(org.path() + "/api-keys?limit=100").as(org.owner()).send();
        for (JsonNode key : listed.json().path("items")) {
            String hint = key.path("hint").asText();
            assertTrue(hint.length() <= SECRET_START + 4 + 1, "a hint shows four secret characters at most: " + hint);
        }
    }

    @Test
    void aKeyWorksInItsOwnOrganizationAndIsNotFoundInAnother() {
        Key key = createKey(org.owner(), "admin");
        TestOrg other = TestOrg.create(api);

        Api.Reply own = api.get(org.path() + "/workspaces").bearer(key.secret()).send();
        Api.Reply foreign = api.get(other.path() + "/workspaces").bearer(key.secret()).send();

        assertEquals(200, own.status(), own::toString);
        problem(404, "not-found", foreign);
    }

    @Test
    void aKeyIsNotAPersonAndCannotMintKeys() {
        Key key = createKey(org.owner(), "admin");

        problem(403, "forbidden", api.get("/api/v1/me").bearer(key.secret()).send());
        problem(403, "forbidden", api.post(org.path() + "/api-keys", json("name", "child", "role", "viewer"))
                .bearer(key.secret()).send());
    }

    /** Membership is a matter between people: even an owner's owner-role key may not invite anyone. */
    @Test
    void noKeyMayInviteWhateverItsRole() {
        for (Key key : List.of(createKey(org.owner(), "owner"), createKey(org.owner(), "admin"),
                createKey(org.admin(), "admin"))) {
            Api.Reply invited = api.post(org.path() + "/invitations",
                    json("email", "guest-" + UUID.randomUUID() + "@example.com", "role", "viewer"))
                    .bearer(key.secret()).send();

            problem(403, "forbidden", invited);
            assertTrue(invited.text("detail").contains("API key"), invited::toString);
        }
        problem(403, "forbidden", api.get(org.path() + "/invitations").bearer(createKey(org.owner(), "admin")
                .secret()).send());
    }

    /** A key acts as its creator's membership, but it is not its creator leaving: a viewer key removes no one. */
    @Test
    void aViewerKeyCannotRemoveItsCreatorOrAnyone() {
        TestUser creator = TestOrg.join(api, org.id(), org.owner(), TestOrg.Role.ADMIN);
        Key key = createKey(creator, "viewer");

        problem(403, "forbidden", api.delete(org.path() + "/members/" + creator.id()).bearer(key.secret())
                .send());
        problem(403, "forbidden", api.delete(org.path() + "/members/" + org.viewer().id()).bearer(key.secret())
                .send());
        Api.Reply members = api.get(org.path() + "/members?limit=100").as(org.owner()).send();
        assertTrue(members.raw().body().contains(creator.id()), "the creator is still a member");
    }

    /** Members, roles and other keys are managed by people; a key may only revoke itself (when it leaked). */
    @Test
    void evenAnOwnerKeyCannotManageMembersRolesOrOtherKeys() {
        Key owner = createKey(org.owner(), "owner");
        Key other = createKey(org.owner(), "member");

        problem(403, "forbidden", api.patch(org.path() + "/members/" + org.viewer().id(),
                json("role", "member")).bearer(owner.secret()).send());
        problem(403, "forbidden", api.delete(org.path() + "/members/" + org.viewer().id())
                .bearer(owner.secret()).send());
        problem(403, "forbidden", api.delete(org.path() + "/api-keys/" + other.id()).bearer(owner.secret())
                .send());
        problem(403, "forbidden", api.get(org.path() + "/api-keys").bearer(owner.secret()).send());
        problem(403, "forbidden", api.delete(org.path()).bearer(owner.secret()).send());
        assertEquals(200, api.get(org.path() + "/workspaces").bearer(other.secret()).send().status(),
                "the other key still works");

        assertEquals(204, api.delete(org.path() + "/api-keys/" + owner.id()).bearer(owner.secret()).send().status());
        problem(401, "unauthenticated", api.get(org.path() + "/workspaces").bearer(owner.secret()).send());
    }

    /** A key never acts above its creator's current role, whatever role it was given. */
    @Test
    void aKeyOfAnOwnerWhoBecameAViewerActsAsAViewer() {
        TestUser creator = TestOrg.join(api, org.id(), org.owner(), TestOrg.Role.OWNER);
        Key key = createKey(creator, "owner");
        assertEquals(201, createWorkspace(key.secret()).status());

        assertEquals(200, api.patch(org.path() + "/members/" + creator.id(), json("role", "viewer"))
                .as(org.owner()).send().status());

        problem(403, "forbidden", createWorkspace(key.secret()));
        problem(403, "forbidden", api.patch(org.path(), json("name", "Renamed")).bearer(key.secret()).send());
        assertEquals(200, api.get(org.path() + "/workspaces").bearer(key.secret()).send().status());
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        Key key = createKey(org.owner(), "member");
        assertEquals(200, api.get(org.path() + "/workspaces").bearer(key.secret()).send().status());

        Api.Reply revoked = api.delete(org.path() + "/api-keys/" + key.id()).as(org.owner()).send();

        assertEquals(204, revoked.status(), revoked::toString);
        problem(401, "unauthenticated", api.get(org.path() + "/workspaces").bearer(key.secret()).send());
    }

    @Test
    void aKeyWithAChangedSecretIsUnauthenticated() {
        Key key = createKey(org.owner(), "member");
        int at = SECRET_START + 10;
        char replacement = key.secret().charAt(at) == 'A' ? 'B' : 'A';
        String tampered = key.secret().substring(0, at) + replacement + key.secret().substring(at + 1);

        problem(401, "unauthenticated", api.get(org.path() + "/workspaces").bearer(tampered).send());
        assertEquals(200, api.get(org.path() + "/workspaces").bearer(key.secret()).send().status());
    }

    @Test
    void aKeyActsWithTheRoleItWasGiven() {
        Key viewer = createKey(org.owner(), "viewer");
        Key admin = createKey(org.owner(), "admin");

        problem(403, "forbidden", createWorkspace(viewer.secret()));
        Api.Reply created = createWorkspace(admin.secret());
        assertEquals(201, created.status(), created::toString);
    }

    @Test
    void aKeyLosesItsRightsAsSoonAsItsCreatorIsDemoted() {
        Key key = createKey(org.admin(), "admin");
        assertEquals(201, createWorkspace(key.secret()).status(), "the key acts as an admin at first");

        Api.Reply demoted = api.patch(org.path() + "/members/" + org.admin().id(), json("role", "member"))
                .as(org.owner()).send();
        assertEquals(200, demoted.status(), demoted::toString);

        problem(403, "forbidden", createWorkspace(key.secret()));
        assertEquals(200, api.get(org.path() + "/workspaces").bearer(key.secret()).send().status(),
                "it keeps what a member may do");
    }

    private static void assertHintRevealsAtMostFourSecretCharacters(String secret, String hint) {
        assertTrue(hint.endsWith("…"), hint);
        String shown = hint.substring(0, hint.length() - 1);
        assertTrue(secret.startsWith(shown), () -> "the hint " + hint + " is the start of the secret");
        assertTrue(shown.length() <= SECRET_START + 4, () -> "the hint " + hint + " shows too much");
    }
}
