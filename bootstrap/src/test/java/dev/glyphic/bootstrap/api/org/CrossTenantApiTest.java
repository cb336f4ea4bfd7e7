package dev.glyphic.bootstrap.api.org;

import static dev.glyphic.bootstrap.api.org.OrgFixtures.apiKey;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.foundOrg;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.slug;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.workspace;
import static dev.glyphic.bootstrap.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.Expect;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Another tenant's resource is indistinguishable from a missing one: whoever is not a member of organization B gets
 * 404 for anything in it, never 403 (which would confirm that it exists), and changes nothing there.
 */
class CrossTenantApiTest {
    private static final Api API = new Api();
    private static TestOrg a;
    private static TestOrg b;
    private static String bWorkspace;
    private static String bKey;
    private static String bOrgName;

    @BeforeAll
    static void twoOrganizations() {
        a = TestOrg.create(API);
        b = TestOrg.create(API);
        bWorkspace = workspace(API, b.path(), b.owner(), slug("ws"));
        bKey = apiKey(API, b.path(), b.owner(), "member").text("id");
        bOrgName = API.get(b.path()).as(b.owner()).send().text("name");
    }

    static Stream<Arguments> requestsIntoB() {
        List<Named<Function<TestUser, Api.Reply>>> requests = List.of(
                request("GET the org", u -> API.get(b.path()).as(u).send()),
                request("PATCH the org", u -> API.patch(b.path(), json("name", "Hijacked")).as(u).send()),
                request("DELETE the org", u -> API.delete(b.path()).as(u).send()),
                request("GET its members", u -> API.get(b.path() + "/members").as(u).send()),
                request("PATCH a member", u -> API.patch(b.path() + "/members/" + b.member().id(),
                        json("role", "viewer")).as(u).send()),
                request("DELETE a member", u -> API.delete(b.path() + "/members/" + b.member().id()).as(u).send()),
                request("GET its workspaces", u -> API.get(b.path() + "/workspaces").as(u).send()),
                request("POST a workspace", u -> API.post(b.path() + "/workspaces",
                        json("name", "Intruder", "slug", slug("ws"))).as(u).send()),
                request("GET a workspace", u -> API.get(b.path() + "/workspaces/" + bWorkspace).as(u).send()),
                request("PATCH a workspace", u -> API.patch(b.path() + "/workspaces/" + bWorkspace,
                        json("name", "Hijacked")).as(u).send()),
                request("DELETE a workspace", u -> API.delete(b.path() + "/workspaces/" + bWorkspace).as(u).send()),
                request("GET its invitations", u -> API.get(b.path() + "/invitations").as(u).send()),
                request("POST an invitation", u -> API.post(b.path() + "/invitations",
                        json("email", u.email(), "role", "owner")).as(u).send()),
                request("GET its API keys", u -> API.get(b.path() + "/api-keys").as(u).send()),
                request("POST an API key", u -> API.post(b.path() + "/api-keys",
                        json("name", "stolen", "role", "admin")).as(u).send()),
                request("DELETE an API key", u -> API.delete(b.path() + "/api-keys/" + bKey).as(u).send()),
                request("GET its audit events", u -> API.get(b.path() + "/audit-events").as(u).send()));
        List<Named<Supplier<TestUser>>> callers = List.of(
                Named.of("the owner of another organization", () -> a.owner()),
                Named.of("a person in no organization", () -> TestUser.signUp(API)));
        return callers.stream().flatMap(caller -> requests.stream().map(r -> Arguments.of(caller, r)));
    }

    private static Named<Function<TestUser, Api.Reply>> request(String name, Function<TestUser, Api.Reply> send) {
        return Named.of(name, send);
    }

    @ParameterizedTest(name = "{0}: {1} → 404")
    @MethodSource("requestsIntoB")
    void outsidersFindNothingInAnOrganizationAndChangeNothingThere(Supplier<TestUser> caller,
                                                                   Function<TestUser, Api.Reply> request) {
        Expect.problem(404, "not-found", request.apply(caller.get()));

        assertEquals(bOrgName, Expect.status(200, API.get(b.path()).as(b.owner()).send()).text("name"));
        assertEquals("member", OrgFixtures.memberEntry(API, b.path(), b.owner(), b.member().id()).path("role")
                .asText(), "B's member is still there, with their role");
        Expect.status(200, API.get(b.path() + "/workspaces/" + bWorkspace).as(b.owner()).send());
        assertEquals(1, Expect.items(API.get(b.path() + "/workspaces").as(b.owner()).send()).size());
        var keys = Expect.items(API.get(b.path() + "/api-keys").as(b.owner()).send());
        assertEquals(1, keys.size(), keys::toString);
        assertTrue(keys.get(0).path("revokedAt").isNull(), "B's key still works");
        assertEquals(4, Expect.items(API.get(b.path() + "/members").as(b.owner()).send()).size());
        assertEquals(3, Expect.items(API.get(b.path() + "/invitations").as(b.owner()).send()).size(),
                "only the invitations of B's own founding");
    }

    @Test
    void anIdFromOneOrganizationNamesNothingUnderAnotherEvenToAMemberOfBoth() {
        TestUser both = TestUser.signUp(API);
        String p = foundOrg(API, both);
        String q = foundOrg(API, both);
        String pWorkspace = workspace(API, p, both, slug("ws"));
        String pKey = apiKey(API, p, both, "viewer").text("id");
        TestUser onlyInP = OrgFixtures.newMember(API, p, both, TestOrg.Role.MEMBER);

        Expect.problem(404, "not-found", API.get(q + "/workspaces/" + pWorkspace).as(both).send());
        Expect.problem(404, "not-found", API.patch(q + "/workspaces/" + pWorkspace, json("name", "Moved"))
                .as(both).send());
        Expect.problem(404, "not-found", API.delete(q + "/workspaces/" + pWorkspace).as(both).send());
        Expect.problem(404, "not-found", API.delete(q + "/api-keys/" + pKey).as(both).send());
        Expect.problem(404, "not-found", API.patch(q + "/members/" + onlyInP.id(), json("role", "admin"))
                .as(both).send());
        Expect.problem(404, "not-found", API.delete(q + "/members/" + onlyInP.id()).as(both).send());

        Api.Reply workspace = Expect.status(200, API.get(p + "/workspaces/" + pWorkspace).as(both).send());
        assertEquals(OrgFixtures.idOf(p), workspace.text("orgId"));
        assertFalse(workspace.text("name").equals("Moved"));
        assertTrue(Expect.items(API.get(p + "/api-keys").as(both).send()).get(0).path("revokedAt").isNull());
        assertEquals("member", OrgFixtures.memberEntry(API, p, both, onlyInP.id()).path("role").asText());
    }

    @Test
    void aPathIdThatIsNotAUuidNamesNothing() {
        TestUser owner = a.owner();
        assertEquals("organization not found", Expect.problem(404, "not-found",
                API.get("/api/v1/orgs/not-a-uuid").as(owner).send()).text("detail"));
        Expect.problem(404, "not-found", API.patch("/api/v1/orgs/123", json("name", "x")).as(owner).send());
        Expect.problem(404, "not-found", API.get("/api/v1/orgs/not-a-uuid/members").as(owner).send());
        Expect.problem(404, "not-found", API.get(a.path() + "/workspaces/not-a-uuid").as(owner).send());
        Expect.problem(404, "not-found", API.delete(a.path() + "/workspaces/12345").as(owner).send());
        Expect.problem(404, "not-found", API.patch(a.path() + "/members/nobody", json("role", "viewer"))
                .as(owner).send());
        Expect.problem(404, "not-found", API.delete(a.path() + "/members/nobody").as(owner).send());
        assertEquals("API key not found", Expect.problem(404, "not-found",
                API.delete(a.path() + "/api-keys/not-a-key").as(owner).send()).text("detail"));
    }

    @Test
    void anAnonymousRequestIsRefusedBeforeItsPathIdsAreRead() {
        Expect.problem(401, "unauthenticated", API.get("/api/v1/orgs/not-a-uuid").send());
        Expect.problem(401, "unauthenticated", API.delete(a.path() + "/workspaces/12345").send());
    }

    @Test
    void anOrganizationIdThatWasNeverIssuedNamesNothing() {
        String unknown = "/api/v1/orgs/" + UUID.randomUUID();
        Expect.problem(404, "not-found", API.get(unknown).as(a.owner()).send());
        Expect.problem(404, "not-found", API.get(unknown + "/workspaces").as(a.owner()).send());
        Expect.problem(404, "not-found", API.delete(unknown).as(a.owner()).send());
    }

    @Test
    void anApiKeyOfOneOrganizationFindsNothingInAnother() {
        String secret = apiKey(API, a.path(), a.owner(), "admin").text("secret");
        Expect.status(200, API.get(a.path()).bearer(secret).send());
        Expect.problem(404, "not-found", API.get(b.path()).bearer(secret).send());
        Expect.problem(404, "not-found", API.get(b.path() + "/workspaces/" + bWorkspace).bearer(secret).send());
        Expect.problem(404, "not-found", API.delete(b.path() + "/api-keys/" + bKey).bearer(secret).send());
    }

    @Test
    void theOrgListShowsOnlyOnesOwnOrganizations() {
        List<String> aMembers = Expect.texts(Expect.items(API.get("/api/v1/orgs").as(a.member()).send()), "id");
        assertEquals(List.of(a.id()), aMembers);
        List<String> bOwners = Expect.texts(Expect.items(API.get("/api/v1/orgs").as(b.owner()).send()), "id");
        assertEquals(List.of(b.id()), bOwners);
        assertEquals(List.of(), Expect.items(API.get("/api/v1/orgs").as(TestUser.signUp(API)).send()));
    }
}
