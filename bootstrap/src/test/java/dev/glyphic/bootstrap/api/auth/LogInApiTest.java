package dev.glyphic.bootstrap.api.auth;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.retryAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /api/v1/auth/login: signing in, not telling who has an account, throttling guesses, and the audit trail. */
class LogInApiTest {
    private static final String LOGIN = "/api/v1/auth/login";

    private final Api api = new Api();

    private Api.Reply logIn(String email, String password) {
        return api.post(LOGIN, json("email", email, "password", password)).send();
    }

    @Test
    void aPersonSignsInWithTheirPasswordWhateverTheCaseOfTheirAddress() {
        TestUser ada = TestUser.signUp(api);

        Api.Reply reply = logIn(ada.email().toUpperCase(Locale.ROOT), ada.password());

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("Bearer", reply.text("tokenType"));
        assertEquals(ada.id(), reply.json().path("user").path("id").asText());
        assertEquals(ada.email(), reply.json().path("user").path("email").asText());
        assertNotEquals(ada.accessToken(), reply.text("accessToken"));
        assertNotEquals(ada.refreshToken(), reply.text("refreshToken"));
        Api.Reply me = api.get("/api/v1/me").bearer(reply.text("accessToken")).send();
        assertEquals(200, me.status(), me::toString);
        assertEquals(ada.id(), me.text("id"));
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
        TestUser ada = TestUser.signUp(api);

        Api.Reply wrongPassword = logIn(ada.email(), ada.password() + "!");
        Api.Reply unknownAddress = logIn("nobody-" + UUID.randomUUID() + "@example.com", ada.password());

        problem(401, "unauthenticated", wrongPassword);
        problem(401, "unauthenticated", unknownAddress);
        assertEquals(wrongPassword.json(), unknownAddress.json(), "the answer must not reveal who has an account");
    }

    @Test
    void afterFiveFailuresTheAddressMustWaitEvenWithTheRightPasswordWhileOthersSignInAsUsual() {
        TestUser ada = TestUser.signUp(api);
        TestUser grace = TestUser.signUp(api);
        for (int i = 0; i < 5; i++) {
            problem(401, "unauthenticated", logIn(ada.email(), "wrong guess number " + i));
        }

        Api.Reply throttled = logIn(ada.email(), ada.password());

        problem(429, "rate-limited", throttled);
        long retryAfter = retryAfter(throttled);
        assertTrue(retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertEquals(200, logIn(grace.email(), grace.password()).status(), "another address is not held back");
    }

    @Test
    void fourFailuresStillLetThePersonIn() {
        TestUser ada = TestUser.signUp(api);
        for (int i = 0; i < 4; i++) {
            problem(401, "unauthenticated", logIn(ada.email(), "wrong guess number " + i));
        }

        assertEquals(200, logIn(ada.email(), ada.password()).status());
    }

    @Test
    void signInsAndFailedSignInsAppearInTheAuditLogOfEveryOrganizationOfThePerson() {
        TestUser ada = TestUser.signUp(api);
        String slug = "audit-" + UUID.randomUUID().toString().substring(0, 12);
        Api.Reply org = api.post("/api/v1/orgs", json("name", "Audited", "slug", slug)).as(ada).send();
        assertEquals(201, org.status(), org::toString);

        problem(401, "unauthenticated", logIn(ada.email(), "not the password at all"));
        assertEquals(200, logIn(ada.email(), ada.password()).status());

        Api.Reply audit = api.get("/api/v1/orgs/" + org.text("id") + "/audit-events").as(ada).send();
        assertEquals(200, audit.status(), audit::toString);
        List<String> actions = audit.json().path("items").findValuesAsText("action");
        assertEquals("auth.signed_in", actions.get(0), actions::toString);
        assertEquals("auth.sign_in_failed", actions.get(1), actions::toString);
        for (JsonNode event : List.of(audit.json().path("items").get(0), audit.json().path("items").get(1))) {
            assertEquals("user", event.path("targetType").asText(), event::toString);
            assertEquals(ada.id(), event.path("targetId").asText(), event::toString);
            assertEquals(ada.id(), event.path("actor").path("userId").asText(), event::toString);
        }
    }
}
