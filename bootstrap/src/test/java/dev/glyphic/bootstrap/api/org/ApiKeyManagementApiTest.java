package dev.glyphic.bootstrap.api.org;

import static dev.glyphic.bootstrap.api.org.OrgFixtures.apiKey;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.slug;
import static dev.glyphic.bootstrap.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.Expect;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Creating, listing, reading and revoking an organization's API keys; the secret is shown once and never again. */
class ApiKeyManagementApiTest {
    private final Api api = new Api();

    @Test
    void aNewKeyShowsItsSecretOnceAndTheListNever() {
        TestOrg org = TestOrg.create(api);
        Api.Reply created = Expect.status(201, api.post(org.path() + "/api-keys", json("name", "CI", "role", "member"))
                .as(org.admin()).send());
        String secret = created.text("secret");
        String hint = created.text("hint");
        assertEquals(org.path() + "/api-keys/" + created.text("id"), created.header("Location").orElseThrow());
        assertTrue(secret.startsWith("gk_"), created::toString);
        assertTrue(hint.endsWith("…") && secret.startsWith(hint.substring(0, hint.length() - 1)), created::toString);
        assertTrue(hint.length() < secret.length() / 2, "the hint gives away little of the secret: " + hint);
        assertEquals("member", created.text("role"));
        assertEquals(org.admin().id(), created.text("createdBy"));
        assertTrue(created.json().path("revokedAt").isNull(), created::toString);

        Api.Reply list = api.get(org.path() + "/api-keys").as(org.owner()).send();
        List<JsonNode> keys = Expect.items(list);
        assertEquals(1, keys.size(), list::toString);
        JsonNode listed = keys.get(0);
        assertEquals(created.text("id"), listed.path("id").asText());
        assertEquals(hint, listed.path("hint").asText());
        assertTrue(listed.has("secret") && listed.get("secret").isNull(), listed::toString);
        assertFalse(list.raw().body().contains(secret), "the secret appears nowhere in the list");
    }

    @Test
    void aNewKeyIsReadWhereItsLocationPointsWithoutItsSecret() {
        TestOrg org = TestOrg.create(api);
        Api.Reply created = apiKey(api, org.path(), org.admin(), "viewer");
        String location = created.header("Location").orElseThrow();

        Api.Reply read = Expect.status(200, api.get(location).as(org.owner()).send());
        assertEquals(((ObjectNode) created.json().deepCopy()).putNull("secret"), read.json(), "as created, less it");
        assertEquals(Expect.items(api.get(org.path() + "/api-keys").as(org.owner()).send()).get(0), read.json(),
                "as listed");
        assertFalse(read.raw().body().contains(created.text("secret")), read::toString);
    }

    @Test
    void aKeyIsReadByThoseWhoMayListKeysAndNotFromAnotherOrganization() {
        TestOrg org = TestOrg.create(api);
        TestOrg other = TestOrg.create(api);
        String location = apiKey(api, org.path(), org.owner(), "viewer").header("Location").orElseThrow();

        for (TestUser refused : List.of(org.member(), org.viewer())) {
            Expect.problem(403, "forbidden", api.get(location).as(refused).send());
            Expect.problem(403, "forbidden", api.get(org.path() + "/api-keys").as(refused).send());
        }
        Expect.problem(404, "not-found", api.get(org.path() + "/api-keys/" + UUID.randomUUID())
                .as(org.owner()).send());
        Expect.problem(404, "not-found", api.get(location.replace(org.path(), other.path())).as(other.owner()).send());
    }

    /** A secret is base64url, whose alphabet has "_", the separator of its parts: neither hint nor lookup may trip. */
    @Test
    void aKeyWhoseSecretHoldsAnUnderscoreWorksAndItsHintStaysShort() {
        TestUser owner = TestUser.signUp(api);
        String org = OrgFixtures.foundOrg(api, owner);
        for (int attempt = 0; attempt < 40; attempt++) {
            Api.Reply created = apiKey(api, org, owner, "viewer");
            String secret = created.text("secret");
            String randomPart = secret.substring("gk_".length() + 22 + 1);
            if (randomPart.contains("_")) {
                assertEquals(secret.substring(0, "gk_".length() + 22 + 1 + 4) + "…", created.text("hint"));
                Expect.status(200, api.get(org).bearer(secret).send());
                return;
            }
        }
        throw new AssertionError("forty secrets without an underscore: the alphabet is not base64url");
    }

    @Test
    void aKeyActsWithTheRoleItWasGiven() {
        TestOrg org = TestOrg.create(api);
        String secret = apiKey(api, org.path(), org.owner(), "member").text("secret");
        assertEquals("member", Expect.status(200, api.get(org.path()).bearer(secret).send()).text("role"));
        Expect.problem(403, "forbidden", api.post(org.path() + "/workspaces", json("name", "W", "slug", slug("ws")))
                .bearer(secret).send());
    }

    @Test
    void aKeyNeverActsAboveItsCreatorsCurrentRole() {
        TestOrg org = TestOrg.create(api);
        String secret = apiKey(api, org.path(), org.admin(), "admin").text("secret");
        Expect.status(201, api.post(org.path() + "/workspaces", json("name", "W", "slug", slug("ws")))
                .bearer(secret).send());

        Expect.status(200, api.patch(org.path() + "/members/" + org.admin().id(), json("role", "member"))
                .as(org.owner()).send());

        Expect.problem(403, "forbidden", api.post(org.path() + "/workspaces", json("name", "W", "slug", slug("ws")))
                .bearer(secret).send());
        assertEquals("member", api.get(org.path()).bearer(secret).send().text("role"));
    }

    @Test
    void anAdminCannotCreateAnOwnerKeyButAnOwnerCan() {
        TestOrg org = TestOrg.create(api);
        Expect.problem(403, "forbidden", api.post(org.path() + "/api-keys", json("name", "root", "role", "owner"))
                .as(org.admin()).send());
        assertEquals(List.of(), Expect.items(api.get(org.path() + "/api-keys").as(org.owner()).send()));

        assertEquals("owner", apiKey(api, org.path(), org.owner(), "owner").text("role"));
    }

    @Test
    void aKeyCannotMintKeys() {
        TestOrg org = TestOrg.create(api);
        String secret = apiKey(api, org.path(), org.owner(), "owner").text("secret");
        Expect.problem(403, "forbidden", api.post(org.path() + "/api-keys", json("name", "child", "role", "viewer"))
                .bearer(secret).send());
    }

    @Test
    void revokingAKeyTwiceSucceedsBothTimesAndTheKeyStopsWorkingAtOnce() {
        TestOrg org = TestOrg.create(api);
        Api.Reply created = apiKey(api, org.path(), org.admin(), "viewer");
        String key = org.path() + "/api-keys/" + created.text("id");
        Expect.status(200, api.get(org.path()).bearer(created.text("secret")).send());

        Expect.status(204, api.delete(key).as(org.admin()).send());
        JsonNode revoked = Expect.items(api.get(org.path() + "/api-keys").as(org.admin()).send()).get(0);
        String revokedAt = revoked.path("revokedAt").asText();
        assertFalse(revoked.path("revokedAt").isNull(), revoked::toString);
        Expect.problem(401, "unauthenticated", api.get(org.path()).bearer(created.text("secret")).send());

        Expect.status(204, api.delete(key).as(org.owner()).send());
        assertEquals(revokedAt, Expect.items(api.get(org.path() + "/api-keys").as(org.admin()).send()).get(0)
                .path("revokedAt").asText(), "the first revocation time is kept");
    }

    @Test
    void revokingAKeyThatDoesNotExistIsNotFound() {
        TestOrg org = TestOrg.create(api);
        Expect.problem(404, "not-found", api.delete(org.path() + "/api-keys/" + UUID.randomUUID())
                .as(org.owner()).send());
    }

    @Test
    void aKeyNeedsANameAndARole() {
        TestOrg org = TestOrg.create(api);
        Expect.invalid(api.post(org.path() + "/api-keys", json()).as(org.owner()).send(),
                "/name required", "/role required");
        Expect.invalid(api.post(org.path() + "/api-keys", json("name", "CI", "role", "root")).as(org.owner()).send(),
                "/role invalid_role");
        assertEquals(List.of(), Expect.items(api.get(org.path() + "/api-keys").as(org.owner()).send()));
    }
}
