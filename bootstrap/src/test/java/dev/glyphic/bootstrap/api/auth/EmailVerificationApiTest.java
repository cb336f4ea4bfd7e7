package dev.glyphic.bootstrap.api.auth;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Expect.fieldErrors;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.retryAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestMailbox;
import dev.glyphic.bootstrap.testing.TestServer;
import dev.glyphic.bootstrap.testing.TestUser;
import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sign-up mails a link; the address is verified once the link is used, and only then. */
class EmailVerificationApiTest {
    private final Api api = new Api();
    private final TestMailbox mailbox = TestServer.get().mailbox();

    private Api.Reply verify(String token) {
        return api.post("/api/v1/auth/verify-email", json("token", token)).send();
    }

    @Test
    void signUpAnswersWithTokensAndMailsALinkThatVerifiesTheAddress() {
        TestUser ada = TestUser.signUpUnverified(api);
        assertFalse(api.get("/api/v1/me").as(ada).send().json().path("emailVerified").asBoolean(true));

        String token = mailbox.awaitToken(ada.email(), "gev");
        TestMailbox.Mail mail = mailbox.to(ada.email()).get(0);
        assertEquals("Confirm your email address for Glyphic", mail.subject());
        assertTrue(mail.body().contains(TestServer.PUBLIC_URL + "/verify-email#token=" + token), mail::body);

        Api.Reply verified = verify(token);
        assertEquals(200, verified.status(), verified::toString);
        assertEquals(ada.id(), verified.text("id"));
        assertTrue(verified.json().path("emailVerified").asBoolean(), verified::toString);
        assertTrue(api.get("/api/v1/me").as(ada).send().json().path("emailVerified").asBoolean());
    }

    @Test
    void aLinkWorksOnce() {
        TestUser ada = TestUser.signUpUnverified(api);
        String token = mailbox.awaitToken(ada.email(), "gev");
        assertEquals(200, verify(token).status());

        problem(409, "link-used", verify(token));
    }

    @Test
    void anExpiredLinkVerifiesNothing() throws Exception {
        TestUser ada = TestUser.signUpUnverified(api);
        String token = mailbox.awaitToken(ada.email(), "gev");
        try (Connection db = TestDatabase.get().superuser();
             PreparedStatement expire = db.prepareStatement("update email_links set expires_at = now() - interval "
                     + "'1 second' where user_id = ?::uuid")) {
            expire.setString(1, ada.id());
            assertEquals(1, expire.executeUpdate());
        }

        problem(409, "link-expired", verify(token));
        assertFalse(api.get("/api/v1/me").as(ada).send().json().path("emailVerified").asBoolean(true));
    }

    @Test
    void unknownAndMalformedTokensNameNoLink() {
        for (String garbage : List.of("garbage", "gev_", "gev_" + "A".repeat(43), "gpr_" + "A".repeat(43),
                "gev_" + "x".repeat(300))) {
            problem(404, "not-found", verify(garbage));
        }
        Api.Reply missing = api.post("/api/v1/auth/verify-email", json()).send();
        problem(422, "validation", missing);
        assertEquals(List.of("/token required"), fieldErrors(missing));
    }

    @Test
    void theLinkIsStoredOnlyAsADigest() throws Exception {
        TestUser ada = TestUser.signUpUnverified(api);
        String token = mailbox.awaitToken(ada.email(), "gev");
        try (Connection db = TestDatabase.get().superuser();
             PreparedStatement read = db.prepareStatement(
                     "select token_digest from email_links where user_id = ?::uuid")) {
            read.setString(1, ada.id());
            try (var rows = read.executeQuery()) {
                assertTrue(rows.next());
                String stored = rows.getString(1);
                assertFalse(stored.contains(token.substring(4)), "the secret itself is not stored");
                assertEquals(64, stored.length(), "a SHA-256 digest in hex");
            }
        }
    }

    @Test
    void resendingMailsAFreshLinkAtMostOnceAMinute() {
        TestUser ada = TestUser.signUpUnverified(api);
        String first = mailbox.awaitToken(ada.email(), "gev");

        // Signing up just sent one: the pace holds for the sign-up mail too.
        Api.Reply tooSoon = api.post("/api/v1/auth/verify-email/resend", null).as(ada).send();
        problem(429, "rate-limited", tooSoon);
        long retryAfter = retryAfter(tooSoon);
        assertTrue(retryAfter <= 60, "Retry-After " + retryAfter);

        backdateLinks(ada);
        assertEquals(202, api.post("/api/v1/auth/verify-email/resend", null).as(ada).send().status());
        String second = mailbox.awaitToken(ada.email(), "gev", 2);
        assertFalse(first.equals(second));
        assertEquals(200, verify(second).status());

        problem(409, "email-already-verified", api.post("/api/v1/auth/verify-email/resend", null).as(ada)
                .send());
        assertProblemBecause(409, "link-used", verify(first), "a verified address voids the other links");
    }

    private static void assertProblemBecause(int status, String type, Api.Reply reply, String why) {
        assertEquals(status, reply.status(), why + ": " + reply);
        problem(status, type, reply);
    }

    private static void backdateLinks(TestUser user) {
        try (Connection db = TestDatabase.get().superuser();
             PreparedStatement back = db.prepareStatement("update email_links set created_at = created_at - "
                     + "interval '2 minutes' where user_id = ?::uuid")) {
            back.setString(1, user.id());
            back.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
