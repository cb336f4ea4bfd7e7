package dev.glyphic.bootstrap.api.org;

import static dev.glyphic.bootstrap.api.org.OrgFixtures.foundOrg;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.idOf;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.slug;
import static dev.glyphic.bootstrap.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.Expect;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Founding, reading, renaming and deleting organizations. */
class OrgApiTest {
    private final Api api = new Api();

    @Test
    void theFounderOfAnOrganizationIsItsOwner() {
        TestUser ada = TestUser.signUp(api);
        String slug = slug("acme");
        Api.Reply created = Expect.status(201, api.post("/api/v1/orgs", json("name", "Acme", "slug", slug))
                .as(ada).send());
        String path = "/api/v1/orgs/" + created.text("id");
        assertEquals(path, created.header("Location").orElseThrow());
        assertEquals("owner", created.text("role"));
        assertEquals(slug, created.text("slug"));

        Api.Reply shown = Expect.status(200, api.get(path).as(ada).send());
        assertEquals("Acme", shown.text("name"));
        assertEquals("owner", shown.text("role"));
        assertEquals("owner", OrgFixtures.memberEntry(api, path, ada, ada.id()).path("role").asText());
    }

    @Test
    void theOrgListShowsEachOfOnesOrganizationsOnceWithOnesRoleThere() {
        TestOrg first = TestOrg.create(api);
        TestUser viewer = first.viewer();
        String own = foundOrg(api, viewer);
        String other = foundOrg(api, viewer);

        List<String> seen = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        String cursor = null;
        do {
            Api.Reply page = api.get("/api/v1/orgs?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .as(viewer).send();
            Expect.items(page).forEach(org -> {
                seen.add(org.path("id").asText());
                roles.add(org.path("id").asText() + "=" + org.path("role").asText());
            });
            cursor = page.json().path("nextCursor").isNull() ? null : page.text("nextCursor");
        } while (cursor != null);

        assertEquals(List.of(first.id(), idOf(own), idOf(other)).stream().sorted().toList(),
                seen.stream().sorted().toList(), "each organization once, and no one else's");
        assertTrue(roles.containsAll(List.of(first.id() + "=viewer", idOf(own) + "=owner", idOf(other) + "=owner")),
                roles::toString);
    }

    @ParameterizedTest(name = "slug \"{0}\" is refused")
    @ValueSource(strings = {"A", "x", "Upper-case", "with space", "-leading", "trailing-", "double--hyphen",
            "1starts-with-digit", "under_score", "ümlaut"})
    void anInvalidSlugIsRefusedAndPointedAt(String slug) {
        TestUser ada = TestUser.signUp(api);
        Expect.invalid(api.post("/api/v1/orgs", json("name", "Acme", "slug", slug)).as(ada).send(),
                "/slug invalid_slug");
        assertEquals(0, Expect.items(api.get("/api/v1/orgs").as(ada).send()).size(), "nothing was created");
    }

    @Test
    void aMissingNameIsRefusedAndPointedAt() {
        TestUser ada = TestUser.signUp(api);
        Expect.invalid(api.post("/api/v1/orgs", json("slug", slug("acme"))).as(ada).send(), "/name required");
    }

    @Test
    void aMissingNameAndSlugAreBothReportedAtOnce() {
        TestUser ada = TestUser.signUp(api);
        Expect.invalid(api.post("/api/v1/orgs", json()).as(ada).send(), "/name required", "/slug required");
    }

    @Test
    void aSlugAnotherOrganizationHoldsIsTaken() {
        TestUser ada = TestUser.signUp(api);
        TestUser bob = TestUser.signUp(api);
        String slug = slug("taken");
        Expect.status(201, api.post("/api/v1/orgs", json("name", "First", "slug", slug)).as(ada).send());
        Expect.problem(409, "slug-taken", api.post("/api/v1/orgs", json("name", "Second", "slug", slug))
                .as(bob).send());
        assertEquals(0, Expect.items(api.get("/api/v1/orgs").as(bob).send()).size(), "bob founded nothing");
    }

    @Test
    void renamingChangesOnlyTheFieldsSent() {
        TestOrg org = TestOrg.create(api);
        Api.Reply renamed = Expect.status(200, api.patch(org.path(), json("name", "New name")).as(org.admin()).send());
        assertEquals("New name", renamed.text("name"));
        assertEquals(org.slug(), renamed.text("slug"));
        assertEquals("admin", renamed.text("role"), "the answer carries the caller's own role");

        String newSlug = slug("moved");
        Api.Reply moved = Expect.status(200, api.patch(org.path(), json("slug", newSlug)).as(org.owner()).send());
        assertEquals("New name", moved.text("name"));
        assertEquals(newSlug, moved.text("slug"));
        assertEquals(newSlug, api.get(org.path()).as(org.viewer()).send().text("slug"));
    }

    @Test
    void keepingOnesOwnSlugIsNotAConflict() {
        TestOrg org = TestOrg.create(api);
        Expect.status(200, api.patch(org.path(), json("slug", org.slug())).as(org.owner()).send());
    }

    @Test
    void renamingAnOrganizationToASlugAnotherHoldsIsTakenAndChangesNothing() {
        TestUser ada = TestUser.signUp(api);
        String mine = foundOrg(api, ada);
        String mySlug = api.get(mine).as(ada).send().text("slug");
        String theirs = slug("theirs");
        Expect.status(201, api.post("/api/v1/orgs", json("name", "Theirs", "slug", theirs))
                .as(TestUser.signUp(api)).send());

        Expect.problem(409, "slug-taken", api.patch(mine, json("name", "Renamed", "slug", theirs)).as(ada).send());
        Api.Reply unchanged = Expect.status(200, api.get(mine).as(ada).send());
        assertEquals(mySlug, unchanged.text("slug"));
        assertFalse(unchanged.text("name").equals("Renamed"), "the name did not change either");
    }

    @Test
    void anInvalidSlugInARenameIsRefusedAndPointedAt() {
        TestOrg org = TestOrg.create(api);
        Expect.invalid(api.patch(org.path(), json("name", "", "slug", "Not A Slug")).as(org.owner()).send(),
                "/name blank", "/slug invalid_slug");
        assertEquals(org.slug(), api.get(org.path()).as(org.owner()).send().text("slug"));
    }

    @Test
    void anUnknownFieldInARenameIsABadRequestPointedAt() {
        TestOrg org = TestOrg.create(api);
        Api.Reply reply = Expect.problem(400, "malformed-body", api.patch(org.path(), json("nmae", "Typo"))
                .as(org.owner()).send());
        assertEquals("/nmae", reply.json().path("errors").path(0).path("pointer").asText(), reply::toString);
    }

    @Test
    void anOwnerDeletingTheOrganizationTakesItAwayFromEveryMember() {
        TestOrg org = TestOrg.create(api);
        String workspace = OrgFixtures.workspace(api, org.path(), org.owner(), slug("ws"));

        Expect.status(204, api.delete(org.path()).as(org.owner()).send());

        for (TestUser person : org.people().values()) {
            Expect.problem(404, "not-found", api.get(org.path()).as(person).send());
            Expect.problem(404, "not-found", api.get(org.path() + "/members").as(person).send());
            Expect.problem(404, "not-found", api.get(org.path() + "/workspaces/" + workspace).as(person).send());
            List<String> theirOrgs = Expect.texts(Expect.items(api.get("/api/v1/orgs").as(person).send()), "id");
            assertFalse(theirOrgs.contains(org.id()), () -> person.email() + " still lists it: " + theirOrgs);
        }
        Expect.problem(404, "not-found", api.delete(org.path()).as(org.owner()).send());
    }

    @Test
    void theSlugOfADeletedOrganizationCanBeFoundedAgain() {
        TestOrg org = TestOrg.create(api);
        Expect.status(204, api.delete(org.path()).as(org.owner()).send());
        Expect.status(201, api.post("/api/v1/orgs", json("name", "Again", "slug", org.slug()))
                .as(org.member()).send());
    }
}
