package dev.glyphic.bootstrap.api.org;

import static dev.glyphic.bootstrap.api.org.OrgFixtures.memberEntry;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.ownerCount;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.slug;
import static dev.glyphic.bootstrap.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.Expect;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Members, their roles, and the rule that an organization always keeps an owner. */
class MemberApiTest {
    private final Api api = new Api();

    @Test
    void theMemberListShowsEachPersonWithTheirRole() {
        TestOrg org = TestOrg.create(api);
        List<JsonNode> members = Expect.items(api.get(org.path() + "/members").as(org.viewer()).send());
        assertEquals(4, members.size(), members::toString);
        for (TestOrg.Role role : TestOrg.Role.values()) {
            JsonNode entry = memberEntry(api, org.path(), org.viewer(), org.people().get(role).id());
            assertEquals(role.wire(), entry.path("role").asText(), entry::toString);
            assertEquals(org.people().get(role).email(), entry.path("email").asText());
            assertTrue(entry.path("joinedAt").asText().endsWith("Z"), entry::toString);
        }
    }

    @Test
    void theSoleOwnerCanNeitherStepDownNorLeave() {
        TestOrg org = TestOrg.create(api);
        String self = org.path() + "/members/" + org.owner().id();

        Expect.problem(409, "last-owner", api.patch(self, json("role", "admin")).as(org.owner()).send());
        Expect.problem(409, "last-owner", api.delete(self).as(org.owner()).send());

        assertEquals("owner", memberEntry(api, org.path(), org.owner(), org.owner().id()).path("role").asText());
        assertEquals(1, ownerCount(api, org.path(), org.owner()));
    }

    @Test
    void withTwoOwnersOneCanDemoteTheOtherAndOneCanLeave() {
        TestOrg org = TestOrg.create(api);
        TestUser first = org.owner();
        TestUser second = org.admin();
        Expect.status(200, api.patch(org.path() + "/members/" + second.id(), json("role", "owner")).as(first).send());
        assertEquals(2, ownerCount(api, org.path(), first));

        Api.Reply demoted = Expect.status(200, api.patch(org.path() + "/members/" + first.id(),
                json("role", "admin")).as(second).send());
        assertEquals("admin", demoted.text("role"));
        assertEquals(1, ownerCount(api, org.path(), second));

        Expect.status(200, api.patch(org.path() + "/members/" + first.id(), json("role", "owner")).as(second).send());
        Expect.status(204, api.delete(org.path() + "/members/" + first.id()).as(first).send());

        assertEquals(1, ownerCount(api, org.path(), second));
        assertEquals("owner", memberEntry(api, org.path(), second, second.id()).path("role").asText());
        Expect.problem(409, "last-owner", api.delete(org.path() + "/members/" + second.id()).as(second).send());
    }

    @Test
    void twoOwnersDemotingEachOtherAtTheSameTimeLeaveExactlyOneOwner() throws Exception {
        TestOrg org = TestOrg.create(api);
        TestUser first = org.owner();
        TestUser second = org.admin();
        Expect.status(200, api.patch(org.path() + "/members/" + second.id(), json("role", "owner")).as(first).send());

        CyclicBarrier start = new CyclicBarrier(2);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            CompletableFuture<Api.Reply> one = CompletableFuture.supplyAsync(() -> demoteTogether(start, org, first,
                    second), pool);
            CompletableFuture<Api.Reply> two = CompletableFuture.supplyAsync(() -> demoteTogether(start, org, second,
                    first), pool);
            List<Integer> statuses = List.of(one.get().status(), two.get().status()).stream().sorted().toList();
            // The loser is refused either as the last owner (409) or, if it came second, as a mere viewer (403).
            assertEquals(200, statuses.get(0), () -> one.join() + " / " + two.join());
            assertTrue(List.of(403, 409).contains(statuses.get(1)), () -> one.join() + " / " + two.join());
        }
        assertEquals(1, ownerCount(api, org.path(), org.viewer()));
    }

    private Api.Reply demoteTogether(CyclicBarrier start, TestOrg org, TestUser actor, TestUser target) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return api.patch(org.path() + "/members/" + target.id(), json("role", "viewer")).as(actor).send();
    }

    @Test
    void onlyAnOwnerGrantsTheOwnerRole() {
        TestOrg org = TestOrg.create(api);
        String member = org.path() + "/members/" + org.member().id();

        Expect.problem(403, "forbidden", api.patch(member, json("role", "owner")).as(org.admin()).send());
        assertEquals("member", memberEntry(api, org.path(), org.owner(), org.member().id()).path("role").asText());

        Api.Reply granted = Expect.status(200, api.patch(member, json("role", "owner")).as(org.owner()).send());
        assertEquals("owner", granted.text("role"));
        assertEquals(org.member().id(), granted.text("userId"));
        assertEquals(2, ownerCount(api, org.path(), org.owner()));
    }

    @Test
    void anAdminCannotTouchAnOwner() {
        TestOrg org = TestOrg.create(api);
        String owner = org.path() + "/members/" + org.owner().id();
        Expect.problem(403, "forbidden", api.patch(owner, json("role", "viewer")).as(org.admin()).send());
        Expect.problem(403, "forbidden", api.delete(owner).as(org.admin()).send());
        assertEquals("owner", memberEntry(api, org.path(), org.owner(), org.owner().id()).path("role").asText());
    }

    @Test
    void aRemovedMemberLosesAccessAtOnce() {
        TestOrg org = TestOrg.create(api);
        Expect.status(200, api.get(org.path()).as(org.member()).send());

        Expect.status(204, api.delete(org.path() + "/members/" + org.member().id()).as(org.admin()).send());

        Expect.problem(404, "not-found", api.get(org.path()).as(org.member()).send());
        Expect.problem(404, "not-found", api.get(org.path() + "/workspaces").as(org.member()).send());
        assertTrue(memberEntry(api, org.path(), org.owner(), org.member().id()).isMissingNode());
        assertEquals(List.of(), Expect.items(api.get("/api/v1/orgs").as(org.member()).send()));
    }

    @Test
    void anAdminLoweredToViewerLosesAdminRightsAtOnce() {
        TestOrg org = TestOrg.create(api);
        Expect.status(201, api.post(org.path() + "/workspaces", json("name", "Before", "slug", slug("ws")))
                .as(org.admin()).send());

        Expect.status(200, api.patch(org.path() + "/members/" + org.admin().id(), json("role", "viewer"))
                .as(org.owner()).send());

        Expect.problem(403, "forbidden", api.post(org.path() + "/workspaces", json("name", "After", "slug",
                slug("ws"))).as(org.admin()).send());
        Expect.problem(403, "forbidden", api.get(org.path() + "/audit-events").as(org.admin()).send());
        assertEquals("viewer", Expect.status(200, api.get(org.path()).as(org.admin()).send()).text("role"));
    }

    @Test
    void anyoneCanLeave() {
        TestOrg org = TestOrg.create(api);
        for (TestUser person : List.of(org.viewer(), org.member(), org.admin())) {
            Expect.status(204, api.delete(org.path() + "/members/" + person.id()).as(person).send());
            Expect.problem(404, "not-found", api.get(org.path()).as(person).send());
        }
        List<JsonNode> left = Expect.items(api.get(org.path() + "/members").as(org.owner()).send());
        assertEquals(List.of(org.owner().id()), Expect.texts(left, "userId"));
    }

    @Test
    void someoneWhoIsNotAMemberCannotBeChangedOrRemoved() {
        TestOrg org = TestOrg.create(api);
        TestUser stranger = TestUser.signUp(api);
        for (String id : List.of(stranger.id(), UUID.randomUUID().toString())) {
            Expect.problem(404, "not-found", api.patch(org.path() + "/members/" + id, json("role", "viewer"))
                    .as(org.owner()).send());
            Expect.problem(404, "not-found", api.delete(org.path() + "/members/" + id).as(org.owner()).send());
        }
        Expect.problem(404, "not-found", api.get(org.path()).as(stranger).send());
    }

    @Test
    void aRoleMustBeOneOfTheFour() {
        TestOrg org = TestOrg.create(api);
        String member = org.path() + "/members/" + org.member().id();
        Expect.invalid(api.patch(member, json("role", "superuser")).as(org.owner()).send(), "/role invalid_role");
        Expect.invalid(api.patch(member, json("role", "Admin")).as(org.owner()).send(), "/role invalid_role");
        Expect.invalid(api.patch(member, json()).as(org.owner()).send(), "/role required");
        assertEquals("member", memberEntry(api, org.path(), org.owner(), org.member().id()).path("role").asText());
    }
}
