package dev.glyphic.bootstrap.api.auth;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Expect.fieldErrors;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestMailbox;
import dev.glyphic.bootstrap.testing.TestServer;
import dev.glyphic.bootstrap.testing.TestUser;
import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A forgotten password, replaced through a single-use mailed link that ends every session. */
class PasswordResetApiTest {
    private static final String NEW_PASSWORD = "a brand new password, long enough";

    private final Api api = new Api();
    private final TestMailbox mailbox = TestServer.get().mailbox();

    private Api.Reply request(String email) {
        return api.post("/api/v1/auth/password-reset", json("email", email)).send();
    }

    private Api.Reply confirm(String token, String password) {
        return api.post("/api/v1/auth/password-reset/confirm", json("token", token, "newPassword", password)).send();
    }

    private Api.Reply logIn(TestUser user, String password) {
        return api.post("/api/v1/auth/login", json("email", user.email(), "password", password)).send();
    }

    @Test
    void theMailedLinkSetsANewPasswordAndEndsEverySession() {
        TestUser ada = TestUser.signUp(api);
        Api.Reply otherDevice = logIn(ada, ada.password());
        assertEquals(200, otherDevice.status());

        assertEquals(202, request(ada.email()).status());
        String token = mailbox.awaitToken(ada.email(), "gpr");
        TestMailbox.Mail mail = mailbox.to(ada.email()).stream().filter(m -> m.body().contains(token)).findFirst()
                .orElseThrow();
        assertEquals("Reset your Glyphic password", mail.subject());
        assertTrue(mail.body().contains(TestServer.PUBLIC_URL + "/reset-password#token=" + token), mail::body);

        assertEquals(204, confirm(token, NEW_PASSWORD).status());

        problem(401, "unauthenticated", logIn(ada, ada.password()));
        assertEquals(200, logIn(ada, NEW_PASSWORD).status());
        problem(401, "unauthenticated", api.get("/api/v1/me").as(ada).send());
        problem(401, "unauthenticated", api.get("/api/v1/me").bearer(otherDevice.text("accessToken")).send());
        problem(401, "unauthenticated", api.post("/api/v1/auth/refresh", json("refreshToken", ada.refreshToken()))
                .send());
        problem(401, "unauthenticated", api.post("/api/v1/auth/refresh",
                json("refreshToken", otherDevice.text("refreshToken"))).send());
    }

    @Test
    void aLinkWorksOnceAndExpiresAfterHalfAnHour() throws Exception {
        TestUser ada = TestUser.signUp(api);
        request(ada.email());
        String token = mailbox.awaitToken(ada.email(), "gpr");
        assertEquals(204, confirm(token, NEW_PASSWORD).status());
        problem(409, "link-used", confirm(token, "yet another password here"));
        assertEquals(200, logIn(ada, NEW_PASSWORD).status(), "the second try changed nothing");

        TestUser grace = TestUser.signUp(api);
        request(grace.email());
        String graces = mailbox.awaitToken(grace.email(), "gpr");
        assertEquals(30 * 60, linkLifetimeSeconds(grace));
        try (Connection db = TestDatabase.get().superuser();
             PreparedStatement expire = db.prepareStatement("update email_links set expires_at = now() - interval "
                     + "'1 second' where user_id = ?::uuid and purpose = 'reset_password'")) {
            expire.setString(1, grace.id());
            assertEquals(1, expire.executeUpdate());
        }
        problem(409, "link-expired", confirm(graces, NEW_PASSWORD));
        assertEquals(200, logIn(grace, grace.password()).status());
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAccountExists() throws Exception {
        TestUser ada = TestUser.signUp(api);
        String stranger = "nobody-" + UUID.randomUUID() + "@example.com";

        Api.Reply known = request(ada.email());
        Api.Reply unknown = request(stranger);

        assertEquals(202, known.status());
        assertEquals(known.status(), unknown.status());
        assertEquals(known.raw().body(), unknown.raw().body());
        mailbox.awaitToken(ada.email(), "gpr");
        assertEquals(List.of(), mailbox.to(stranger), "no mail to an address without an account");
    }

    @Test
    void askingAgainWithinAMinuteMailsNothingMore() throws Exception {
        TestUser ada = TestUser.signUp(api);
        assertEquals(202, request(ada.email()).status());
        assertEquals(202, request(ada.email()).status());
        mailbox.awaitToken(ada.email(), "gpr");
        assertEquals(1, resetLinks(ada), "one link stored, one mail sent");
    }

    @Test
    void anUnknownTokenOrAWeakPasswordIsRefusedWithoutChangingAnything() {
        TestUser ada = TestUser.signUp(api);
        problem(404, "not-found", confirm("gpr_" + "A".repeat(43), NEW_PASSWORD));
        problem(404, "not-found", confirm("gev_" + "A".repeat(43), NEW_PASSWORD));

        request(ada.email());
        String token = mailbox.awaitToken(ada.email(), "gpr");
        Api.Reply weak = confirm(token, "short");
        problem(422, "validation", weak);
        assertEquals(List.of("/newPassword too_short"), fieldErrors(weak));
        Api.Reply empty = api.post("/api/v1/auth/password-reset/confirm", json()).send();
        assertEquals(List.of("/token required", "/newPassword required"), fieldErrors(empty));
        problem(422, "validation", request("not an address"));

        assertEquals(204, confirm(token, NEW_PASSWORD).status(), "the refusals did not use the link up");
    }

    @Test
    void resettingProvesTheAddress() {
        TestUser ada = TestUser.signUpUnverified(api);
        request(ada.email());
        assertEquals(204, confirm(mailbox.awaitToken(ada.email(), "gpr"), NEW_PASSWORD).status());

        Api.Reply me = api.get("/api/v1/me").bearer(logIn(ada, NEW_PASSWORD).text("accessToken")).send();
        assertTrue(me.json().path("emailVerified").asBoolean(), me::toString);
    }

    private static long resetLinks(TestUser user) throws Exception {
        try (Connection db = TestDatabase.get().superuser();
             PreparedStatement count = db.prepareStatement("select count(*) from email_links where user_id = ?::uuid "
                     + "and purpose = 'reset_password'")) {
            count.setString(1, user.id());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long linkLifetimeSeconds(TestUser user) throws Exception {
        try (Connection db = TestDatabase.get().superuser();
             PreparedStatement read = db.prepareStatement("select extract(epoch from expires_at - created_at) "
                     + "from email_links where user_id = ?::uuid and purpose = 'reset_password'")) {
            read.setString(1, user.id());
            try (ResultSet rows = read.executeQuery()) {
                rows.next();
                return Math.round(rows.getDouble(1));
            }
        }
    }
}
