package dev.glyphic.bootstrap.api.org;

import static dev.glyphic.bootstrap.api.org.OrgFixtures.foundOrg;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.slug;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.workspace;
import static dev.glyphic.bootstrap.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.Expect;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Workspaces inside an organization: their lifecycle, their slugs, and how their list pages. */
class WorkspaceApiTest {
    private final Api api = new Api();

    @Test
    void aWorkspaceIsCreatedReadRenamedAndDeleted() {
        TestUser ada = TestUser.signUp(api);
        String org = foundOrg(api, ada);
        String slug = slug("shorts");
        Api.Reply created = Expect.status(201, api.post(org + "/workspaces", json("name", "Shorts", "slug", slug))
                .as(ada).send());
        String location = created.header("Location").orElseThrow();
        assertEquals(org + "/workspaces/" + created.text("id"), location);
        assertEquals(OrgFixtures.idOf(org), created.text("orgId"));

        Api.Reply shown = Expect.status(200, api.get(location).as(ada).send());
        assertEquals("Shorts", shown.text("name"));
        assertEquals(slug, shown.text("slug"));

        Api.Reply renamed = Expect.status(200, api.patch(location, json("name", "Long form")).as(ada).send());
        assertEquals("Long form", renamed.text("name"));
        assertEquals(slug, renamed.text("slug"), "an absent field stays as it is");
        assertEquals("Long form", api.get(location).as(ada).send().text("name"));

        Expect.status(204, api.delete(location).as(ada).send());
        Expect.problem(404, "not-found", api.get(location).as(ada).send());
        Expect.problem(404, "not-found", api.patch(location, json("name", "Ghost")).as(ada).send());
        Expect.problem(404, "not-found", api.delete(location).as(ada).send());
        assertEquals(List.of(), Expect.items(api.get(org + "/workspaces").as(ada).send()));
    }

    @Test
    void aWorkspaceSlugIsUniqueWithinItsOrganizationOnly() {
        TestUser ada = TestUser.signUp(api);
        String first = foundOrg(api, ada);
        String second = foundOrg(api, ada);
        workspace(api, first, ada, "shared-slug");

        Expect.status(201, api.post(second + "/workspaces", json("name", "Same slug elsewhere", "slug",
                "shared-slug")).as(ada).send());
        Expect.problem(409, "slug-taken", api.post(first + "/workspaces", json("name", "Same slug here", "slug",
                "shared-slug")).as(ada).send());
        assertEquals(1, Expect.items(api.get(first + "/workspaces").as(ada).send()).size());
    }

    @Test
    void renamingAWorkspaceToATakenSlugChangesNothing() {
        TestUser ada = TestUser.signUp(api);
        String org = foundOrg(api, ada);
        workspace(api, org, ada, "taken");
        String mine = org + "/workspaces/" + workspace(api, org, ada, "mine");

        Expect.problem(409, "slug-taken", api.patch(mine, json("name", "Renamed", "slug", "taken")).as(ada).send());

        Api.Reply unchanged = Expect.status(200, api.get(mine).as(ada).send());
        assertEquals("mine", unchanged.text("slug"));
        assertEquals("Workspace mine", unchanged.text("name"));
        Expect.status(200, api.patch(mine, json("slug", "mine")).as(ada).send());
    }

    @ParameterizedTest(name = "slug \"{0}\" is refused")
    @ValueSource(strings = {"", "a", "Shorts", "short form", "-shorts", "shorts-", "sh--orts", "9lives"})
    void anInvalidWorkspaceSlugIsRefusedAndPointedAt(String slug) {
        TestUser ada = TestUser.signUp(api);
        String org = foundOrg(api, ada);
        Expect.invalid(api.post(org + "/workspaces", json("name", "Shorts", "slug", slug)).as(ada).send(),
                "/slug invalid_slug");
        String existing = org + "/workspaces/" + workspace(api, org, ada, "existing");
        Expect.invalid(api.patch(existing, json("slug", slug)).as(ada).send(), "/slug invalid_slug");
        assertEquals("existing", api.get(existing).as(ada).send().text("slug"));
    }

    @Test
    void missingFieldsAreAllReportedAtOnce() {
        TestUser ada = TestUser.signUp(api);
        String org = foundOrg(api, ada);
        Expect.invalid(api.post(org + "/workspaces", json("slug", "shorts")).as(ada).send(), "/name required");
        Expect.invalid(api.post(org + "/workspaces", json()).as(ada).send(),
                "/name required", "/slug required");
        Expect.invalid(api.post(org + "/workspaces", json("name", " ", "slug", "Bad Slug")).as(ada).send(),
                "/name blank", "/slug invalid_slug");
    }

    @Test
    void theListPagesThroughEveryWorkspaceExactlyOnce() {
        TestUser ada = TestUser.signUp(api);
        String org = foundOrg(api, ada);
        List<String> created = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            created.add(workspace(api, org, ada, "ws-" + i));
        }

        List<Integer> pageSizes = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        Api.Reply page;
        do {
            page = api.get(org + "/workspaces?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).as(ada).send();
            var items = Expect.items(page);
            pageSizes.add(items.size());
            seen.addAll(Expect.texts(items, "id"));
            cursor = page.json().path("nextCursor").isNull() ? null : page.text("nextCursor");
        } while (cursor != null && pageSizes.size() < 10);

        assertEquals(List.of(2, 2, 1), pageSizes);
        assertTrue(page.json().has("nextCursor") && page.json().get("nextCursor").isNull(), page::toString);
        assertEquals(5, new HashSet<>(seen).size(), () -> "no duplicates: " + seen);
        assertEquals(created.stream().sorted().toList(), seen.stream().sorted().toList());
    }

    @Test
    void aLimitOutsideOneTo200IsRefusedAndPointedAt() {
        TestUser ada = TestUser.signUp(api);
        String org = foundOrg(api, ada);
        Expect.invalidQuery(api.get(org + "/workspaces?limit=0").as(ada).send(), "/limit out_of_range");
        Expect.invalidQuery(api.get(org + "/workspaces?limit=201").as(ada).send(), "/limit out_of_range");
        Expect.invalidQuery(api.get(org + "/workspaces?limit=-1").as(ada).send(), "/limit out_of_range");
        Expect.status(200, api.get(org + "/workspaces?limit=200").as(ada).send());
        Expect.status(200, api.get(org + "/workspaces?limit=1").as(ada).send());
    }

    @Test
    void aLimitThatIsNotANumberIsABadRequest() {
        TestUser ada = TestUser.signUp(api);
        String org = foundOrg(api, ada);
        Expect.problem(400, "bad-request", api.get(org + "/workspaces?limit=abc").as(ada).send());
    }

    @Test
    void aCursorThisApiDidNotHandOutIsRefusedAndPointedAt() {
        TestUser ada = TestUser.signUp(api);
        String org = foundOrg(api, ada);
        Expect.invalidQuery(api.get(org + "/workspaces?cursor=garbage").as(ada).send(), "/cursor invalid_cursor");
        Expect.invalidQuery(api.get(org + "/workspaces?cursor=%25%25%25").as(ada).send(), "/cursor invalid_cursor");
        Expect.invalidQuery(api.get(org + "/workspaces?limit=0&cursor=garbage").as(ada).send(),
                "/limit out_of_range", "/cursor invalid_cursor");
    }
}
