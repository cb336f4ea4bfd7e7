package dev.glyphic.bootstrap.api.org;

import static dev.glyphic.bootstrap.api.org.OrgFixtures.invite;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.memberEntry;
import static dev.glyphic.bootstrap.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestUser;
import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Inviting people by email address, and their joining with the token they were sent. */
class InvitationApiTest {
    private final Api api = new Api();

    @Test
    void theInvitedPersonJoinsWithTheRoleTheyWereOffered() {
        TestOrg org = TestOrg.create(api);
        TestUser grace = TestUser.signUp(api);
        Api.Reply invitation = invite(api, org.path(), org.admin(), grace.email(), "member");
        assertEquals(org.path() + "/invitations", invitation.header("Location").orElseThrow());
        assertEquals("pending", invitation.text("status"));
        assertEquals("member", invitation.text("role"));
        assertEquals(org.admin().id(), invitation.text("invitedBy"));
        assertTrue(invitation.text("token").startsWith("gi_"), invitation::toString);
        Duration validity = Duration.between(Instant.parse(invitation.text("createdAt")),
                Instant.parse(invitation.text("expiresAt")));
        assertEquals(Duration.ofDays(7), validity);

        Api.Reply joined = Expect.status(200, accept(invitation.text("token"), grace));
        assertEquals(org.id(), joined.text("orgId"));
        assertEquals(grace.id(), joined.text("userId"));
        assertEquals("member", joined.text("role"));
        assertFalse(joined.text("joinedAt").isEmpty());
        assertEquals("member", memberEntry(api, org.path(), org.viewer(), grace.id()).path("role").asText());
        assertEquals("member", Expect.status(200, api.get(org.path()).as(grace).send()).text("role"));
    }

    @Test
    void anInvitationIsForTheAddressNotItsLetterCase() {
        TestOrg org = TestOrg.create(api);
        TestUser grace = TestUser.signUp(api);
        String token = invite(api, org.path(), org.owner(), grace.email().toUpperCase(Locale.ROOT), "viewer")
                .text("token");
        Expect.status(200, accept(token, grace));
    }

    @Test
    void someoneSignedInWithAnotherAddressCannotAcceptAndTheInvitationStaysOpen() {
        TestOrg org = TestOrg.create(api);
        TestUser grace = TestUser.signUp(api);
        TestUser mallory = TestUser.signUp(api);
        String token = invite(api, org.path(), org.owner(), grace.email(), "admin").text("token");

        Expect.problem(403, "forbidden", accept(token, mallory));
        Expect.problem(404, "not-found", api.get(org.path()).as(mallory).send());

        Expect.status(200, accept(token, grace));
    }

    @Test
    void anInvitationIsUsedOnce() {
        TestOrg org = TestOrg.create(api);
        TestUser grace = TestUser.signUp(api);
        String token = invite(api, org.path(), org.owner(), grace.email(), "member").text("token");
        Expect.status(200, accept(token, grace));

        Expect.problem(409, "invitation-used", accept(token, grace));
    }

    @Test
    void aMemberCannotJoinAgainThroughAnInvitation() {
        TestOrg org = TestOrg.create(api);
        Api.Reply invitation = invite(api, org.path(), org.owner(), org.member().email(), "admin");

        Expect.problem(409, "already-member", accept(invitation.text("token"), org.member()));

        assertEquals("member", memberEntry(api, org.path(), org.owner(), org.member().id()).path("role").asText(),
                "the invitation did not change their role");
        assertEquals("pending", invitation(org, invitation.text("id")).path("status").asText());
    }

    /** Tokens are base64url, whose alphabet has "_", the separator of their parts: it must not confuse the reader. */
    @Test
    void aTokenWithAnUnderscoreInsideItsPartsIsAcceptedLikeAnyOther() {
        TestUser owner = TestUser.signUp(api);
        String org = OrgFixtures.foundOrg(api, owner);
        for (int attempt = 0; attempt < 40; attempt++) {
            TestUser person = TestUser.signUp(api);
            String token = invite(api, org, owner, person.email(), "viewer").text("token");
            if (token.substring("gi_".length()).replaceFirst("_", "").contains("_")) {
                Expect.status(200, accept(token, person));
                return;
            }
        }
        throw new AssertionError("forty tokens without an underscore inside: the alphabet is not base64url");
    }

    @Test
    void aTokenThatWasNeverIssuedNamesNoInvitation() {
        TestUser grace = TestUser.signUp(api);
        for (String garbage : List.of("garbage", "gi_", "gi_x_y", "gk_AAAAAAAAAAAAAAAAAAAAAA_secret",
                "gi_AAAAAAAAAAAAAAAAAAAAAA_secret", "gi_!!!!!!!!!!!!!!!!!!!!!!_secret")) {
            Expect.problem(404, "not-found", accept(garbage, grace));
        }
    }

    @Test
    void aTokenWithATamperedSecretOrAnotherOrganizationNamesNoInvitation() {
        TestOrg org = TestOrg.create(api);
        TestOrg other = TestOrg.create(api);
        TestUser grace = TestUser.signUp(api);
        String token = invite(api, org.path(), org.owner(), grace.email(), "member").text("token");
        String otherToken = invite(api, other.path(), other.owner(), grace.email(), "member").text("token");

        char last = token.charAt(token.length() - 1);
        String tamperedSecret = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        Expect.problem(404, "not-found", accept(tamperedSecret, grace));
        String otherOrgsPart = token.substring(0, 3) + otherToken.substring(3, 25) + token.substring(25);
        Expect.problem(404, "not-found", accept(otherOrgsPart, grace));
        Expect.problem(404, "not-found", api.get(other.path()).as(grace).send());

        Expect.status(200, accept(token, grace));
    }

    @Test
    void anAdminCannotInviteAnOwnerButAnOwnerCan() {
        TestOrg org = TestOrg.create(api);
        TestUser grace = TestUser.signUp(api);
        Expect.problem(403, "forbidden", api.post(org.path() + "/invitations",
                json("email", grace.email(), "role", "owner")).as(org.admin()).send());

        String token = invite(api, org.path(), org.owner(), grace.email(), "owner").text("token");
        assertEquals("owner", Expect.status(200, accept(token, grace)).text("role"));
    }

    @Test
    void theInvitationListShowsEachStatusAndNeverAToken() {
        TestOrg org = TestOrg.create(api);
        TestUser accepted = TestUser.signUp(api);
        String token = invite(api, org.path(), org.owner(), accepted.email(), "viewer").text("token");
        Expect.status(200, accept(token, accepted));
        invite(api, org.path(), org.admin(), "pending-" + accepted.email(), "member");

        List<JsonNode> invitations = Expect.items(api.get(org.path() + "/invitations").as(org.admin()).send());
        for (JsonNode invitation : invitations) {
            assertTrue(invitation.has("token") && invitation.get("token").isNull(), invitation::toString);
        }
        JsonNode used = invitationFor(org, accepted.email());
        assertEquals("accepted", used.path("status").asText(), used::toString);
        assertFalse(used.path("acceptedAt").isNull(), used::toString);
        JsonNode open = invitationFor(org, "pending-" + accepted.email());
        assertEquals("pending", open.path("status").asText(), open::toString);
        assertTrue(open.path("acceptedAt").isNull(), open::toString);
        assertFalse(api.get(org.path() + "/invitations").as(org.admin()).send().raw().body().contains(token),
                "the token appears nowhere in the list");
    }

    @Test
    void anExpiredInvitationCannotBeAccepted() throws Exception {
        TestOrg org = TestOrg.create(api);
        TestUser grace = TestUser.signUp(api);
        Api.Reply invitation = invite(api, org.path(), org.owner(), grace.email(), "member");
        try (Connection db = TestDatabase.get().superuser();
             PreparedStatement expire = db.prepareStatement(
                     "update invitations set expires_at = now() - interval '1 minute' where id = ?::uuid")) {
            expire.setString(1, invitation.text("id"));
            assertEquals(1, expire.executeUpdate());
        }

        Expect.problem(409, "invitation-expired", accept(invitation.text("token"), grace));
        Expect.problem(404, "not-found", api.get(org.path()).as(grace).send());
        assertEquals("expired", invitation(org, invitation.text("id")).path("status").asText());
    }

    @Test
    void anInvitationNeedsAnAddressAndARole() {
        TestOrg org = TestOrg.create(api);
        Expect.invalid(api.post(org.path() + "/invitations", json("email", "not an address", "role", "boss"))
                .as(org.owner()).send(), "/email", "invalid_email", "/role", "invalid_role");
        Expect.invalid(api.post(org.path() + "/invitations", json()).as(org.owner()).send(),
                "/email", "required", "/role", "required");
        assertEquals(List.of(), Expect.items(api.get(org.path() + "/invitations").as(org.owner()).send()).stream()
                .filter(i -> !i.path("status").asText().equals("accepted")).toList(), "nothing new was issued");
    }

    private Api.Reply accept(String token, TestUser person) {
        return api.post("/api/v1/invitations/" + token + "/accept", null).as(person).send();
    }

    /** The one invitation to this address; the four founding members each have one of their own. */
    private JsonNode invitationFor(TestOrg org, String email) {
        List<JsonNode> matching = Expect.items(api.get(org.path() + "/invitations?limit=200").as(org.owner()).send())
                .stream().filter(i -> i.path("email").asText().equals(email.toLowerCase(Locale.ROOT))).toList();
        assertEquals(1, matching.size(), () -> "invitations to " + email + ": " + matching);
        return matching.get(0);
    }

    private JsonNode invitation(TestOrg org, String id) {
        return Expect.items(api.get(org.path() + "/invitations?limit=200").as(org.owner()).send()).stream()
                .filter(i -> i.path("id").asText().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no invitation " + id));
    }
}
