package dev.glyphic.bootstrap.api.org;

import static dev.glyphic.bootstrap.api.org.OrgFixtures.invite;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.memberEntry;
import static dev.glyphic.bootstrap.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.Expect;
import dev.glyphic.bootstrap.testing.TestMailbox;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestServer;
import dev.glyphic.bootstrap.testing.TestUser;
import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Inviting people by email address, and their joining with the token they were sent. */
class InvitationApiTest {
    private final Api api = new Api();

    @Test
    void theInvitedPersonJoinsWithTheRoleTheyWereOffered() {
        TestOrg org = TestOrg.create(api);
        TestUser grace = TestUser.signUp(api);
        Api.Reply invitation = invite(api, org.path(), org.admin(), grace.email(), "member");
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
    void aNewInvitationIsReadWhereItsLocationPoints() {
        TestOrg org = TestOrg.create(api);
        Api.Reply invitation = invite(api, org.path(), org.admin(), TestUser.signUp(api).email(), "viewer");
        String location = invitation.header("Location").orElseThrow();
        assertEquals(org.path() + "/invitations/" + invitation.text("id"), location);

        JsonNode read = Expect.status(200, api.get(location).as(org.admin()).send()).json();
        assertEquals(((ObjectNode) invitation.json().deepCopy()).putNull("token"), read, "as created, less the token");
        assertEquals(invitation(org, invitation.text("id")), read, "as listed");
    }

    @Test
    void anInvitationIsReadByThoseWhoMayListThemAndNotFromAnotherOrganization() {
        TestOrg org = TestOrg.create(api);
        TestOrg other = TestOrg.create(api);
        String location = invite(api, org.path(), org.owner(), TestUser.signUp(api).email(), "member")
                .header("Location").orElseThrow();

        for (TestUser refused : List.of(org.member(), org.viewer())) {
            Expect.problem(403, "forbidden", api.get(location).as(refused).send());
            Expect.problem(403, "forbidden", api.get(org.path() + "/invitations").as(refused).send());
        }
        Expect.problem(404, "not-found", api.get(org.path() + "/invitations/" + UUID.randomUUID())
                .as(org.owner()).send());
        Expect.problem(404, "not-found", api.get(location.replace(org.path(), other.path())).as(other.owner()).send());
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
                .as(org.owner()).send(), "/email invalid_email", "/role invalid_role");
        Expect.invalid(api.post(org.path() + "/invitations", json()).as(org.owner()).send(),
                "/email required", "/role required");
        assertEquals(List.of(), Expect.items(api.get(org.path() + "/invitations").as(org.owner()).send()).stream()
                .filter(i -> !i.path("status").asText().equals("accepted")).toList(), "nothing new was issued");
    }

    @Test
    void theInvitationIsMailedWithItsTokenInTheLinksFragment() {
        TestOrg org = TestOrg.create(api);
        TestUser grace = TestUser.signUp(api);
        String token = invite(api, org.path(), org.admin(), grace.email(), "member").text("token");

        String mailed = TestServer.get().mailbox().awaitToken(grace.email(), "gi");
        assertEquals(token, mailed);
        TestMailbox.Mail mail = TestServer.get().mailbox().to(grace.email()).stream()
                .filter(m -> m.body().contains(mailed)).findFirst().orElseThrow();
        assertTrue(mail.subject().startsWith("You are invited to Org "), mail::subject);
        assertTrue(mail.body().contains(TestServer.PUBLIC_URL + "/invitations/accept#token=" + token), mail::body);
        Expect.status(200, accept(mailed, grace));
    }

    @Test
    void anInvitedPersonMustVerifyTheirAddressBeforeAccepting() {
        TestOrg org = TestOrg.create(api);
        TestUser grace = TestUser.signUpUnverified(api);
        String token = invite(api, org.path(), org.owner(), grace.email(), "member").text("token");

        Api.Reply refused = Expect.problem(403, "email-unverified", accept(token, grace));
        assertTrue(refused.json().path("detail").asText().contains("verified email"), refused::toString);
        Expect.problem(404, "not-found", api.get(org.path()).as(grace).send());

        TestUser.verifyEmail(api, grace.email());
        Expect.status(200, accept(token, grace));
    }

    @Test
    void theTokenTravelsInTheBodyNeverInTheUrl() {
        TestOrg org = TestOrg.create(api);
        TestUser grace = TestUser.signUp(api);
        String token = invite(api, org.path(), org.owner(), grace.email(), "member").text("token");

        Api.Reply oldWay = api.post("/api/v1/invitations/" + token + "/accept", null).as(grace).send();
        assertEquals(404, oldWay.status(), oldWay::toString);
        Expect.invalid(api.post("/api/v1/invitations/accept", json()).as(grace).send(), "/token required");
        Expect.status(200, accept(token, grace));
    }

    @Test
    void aRevokedInvitationCannotBeAcceptedAndRevokingIsAudited() {
        TestOrg org = TestOrg.create(api);
        TestUser grace = TestUser.signUp(api);
        Api.Reply invitation = invite(api, org.path(), org.owner(), grace.email(), "member");
        String id = invitation.text("id");

        Expect.status(204, api.delete(org.path() + "/invitations/" + id).as(org.admin()).send());
        Expect.status(204, api.delete(org.path() + "/invitations/" + id).as(org.admin()).send());

        Expect.problem(409, "invitation-revoked", accept(invitation.text("token"), grace));
        Expect.problem(404, "not-found", api.get(org.path()).as(grace).send());
        assertEquals("revoked", invitation(org, id).path("status").asText());
        List<JsonNode> revocations = Expect.items(api.get(org.path() + "/audit-events?limit=200").as(org.owner())
                .send()).stream().filter(e -> e.path("action").asText().equals("invitation.revoked")).toList();
        assertEquals(1, revocations.size(), "revoking twice is recorded once: " + revocations);
        assertEquals(id, revocations.get(0).path("targetId").asText());
        assertEquals(org.admin().id(), revocations.get(0).path("actor").path("userId").asText());
    }

    @Test
    void onlyThoseWhoMayOfferARoleMayWithdrawIt() {
        TestOrg org = TestOrg.create(api);
        String toMember = invite(api, org.path(), org.admin(), "m-" + UUID.randomUUID() + "@example.com", "member")
                .text("id");
        String toOwner = invite(api, org.path(), org.owner(), "o-" + UUID.randomUUID() + "@example.com", "owner")
                .text("id");

        Expect.problem(403, "forbidden", api.delete(org.path() + "/invitations/" + toMember).as(org.member()).send());
        Expect.problem(403, "forbidden", api.delete(org.path() + "/invitations/" + toMember).as(org.viewer()).send());
        Expect.problem(403, "forbidden", api.delete(org.path() + "/invitations/" + toOwner).as(org.admin()).send());
        assertEquals("pending", invitation(org, toOwner).path("status").asText());

        Expect.status(204, api.delete(org.path() + "/invitations/" + toOwner).as(org.owner()).send());
        Expect.status(204, api.delete(org.path() + "/invitations/" + toMember).as(org.admin()).send());
    }

    @Test
    void anAcceptedMissingOrForeignInvitationIsNotRevoked() {
        TestOrg org = TestOrg.create(api);
        TestOrg other = TestOrg.create(api);
        TestUser grace = TestUser.signUp(api);
        Api.Reply invitation = invite(api, org.path(), org.owner(), grace.email(), "member");
        Expect.status(200, accept(invitation.text("token"), grace));

        Expect.problem(409, "invitation-used", api.delete(org.path() + "/invitations/" + invitation.text("id"))
                .as(org.owner()).send());
        Expect.problem(404, "not-found", api.delete(org.path() + "/invitations/" + UUID.randomUUID())
                .as(org.owner()).send());
        Expect.problem(404, "not-found", api.delete(other.path() + "/invitations/" + invitation.text("id"))
                .as(other.owner()).send());
        Expect.problem(404, "not-found", api.delete(org.path() + "/invitations/not-a-uuid").as(org.owner()).send());
    }

    @Test
    void anInvitationIsOnlyAsGoodAsItsInvitersStandingToday() {
        TestOrg org = TestOrg.create(api);
        TestUser inviter = TestOrg.join(api, org.id(), org.owner(), TestOrg.Role.ADMIN);
        TestUser grace = TestUser.signUp(api);
        TestUser alan = TestUser.signUp(api);
        String gracesToken = invite(api, org.path(), inviter, grace.email(), "admin").text("token");
        String alansToken = invite(api, org.path(), inviter, alan.email(), "viewer").text("token");

        Expect.status(200, api.patch(org.path() + "/members/" + inviter.id(), json("role", "member"))
                .as(org.owner()).send());
        Expect.problem(409, "inviter-not-allowed", accept(gracesToken, grace));

        Expect.status(204, api.delete(org.path() + "/members/" + inviter.id()).as(org.owner()).send());
        Expect.problem(409, "inviter-not-allowed", accept(alansToken, alan));
        Expect.problem(404, "not-found", api.get(org.path()).as(alan).send());
    }

    @Test
    void noLogLineCarriesAnInvitationToken() {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        Logger access = (Logger) LoggerFactory.getLogger("glyphic.access");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        Level previous = access.getLevel();
        lines.start();
        root.addAppender(lines);
        access.setLevel(Level.INFO);
        try {
            TestOrg org = TestOrg.create(api);
            TestUser grace = TestUser.signUp(api);
            String token = invite(api, org.path(), org.owner(), grace.email(), "member").text("token");
            TestServer.get().mailbox().awaitToken(grace.email(), "gi");
            Expect.status(200, accept(token, grace));
            Expect.problem(409, "invitation-used", accept(token, grace));

            assertTrue(lines.list.stream().anyMatch(e -> e.getFormattedMessage().contains("/invitations/accept")),
                    "the access log saw the acceptance");
            String secret = token.substring(token.length() - 20);
            List<String> leaks = lines.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(m -> m.contains(secret)).toList();
            assertEquals(List.of(), leaks);
        } finally {
            access.setLevel(previous);
            root.detachAppender(lines);
        }
    }

    private Api.Reply accept(String token, TestUser person) {
        return api.post("/api/v1/invitations/accept", json("token", token)).as(person).send();
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
