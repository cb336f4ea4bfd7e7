package dev.glyphic.bootstrap.api.auth;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Expect.fieldErrors;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.bootstrap.testing.Api;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /api/v1/auth/signup: what a new person gets, and every way a sign-up body can be wrong. */
class SignUpApiTest {
    private static final String SIGNUP = "/api/v1/auth/signup";
    private static final String PASSWORD = "correct horse battery staple";

    private final Api api = new Api();

    private static String uniqueEmail() {
        return "new-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void aNewPersonGetsTheirAccountAndAShortLivedSessionWithTheEmailStoredInLowerCase() {
        String local = "Ada.Lovelace-" + UUID.randomUUID();
        Api.Reply reply = api.post(SIGNUP, json("email", local + "@Example.COM", "password", PASSWORD,
                "name", "Ada Lovelace")).send();

        assertEquals(201, reply.status(), reply::toString);
        assertEquals("/api/v1/me", reply.header("Location").orElseThrow());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        assertFalse(reply.text("accessToken").isBlank(), reply::toString);
        assertFalse(reply.text("refreshToken").isBlank(), reply::toString);
        assertEquals("Bearer", reply.text("tokenType"));
        long expiresIn = reply.json().path("expiresIn").asLong();
        assertTrue(expiresIn > 0 && expiresIn <= 900, "access tokens live at most 15 minutes: " + expiresIn);
        JsonNode user = reply.json().path("user");
        UUID.fromString(user.path("id").asText());
        assertEquals((local + "@example.com").toLowerCase(Locale.ROOT), user.path("email").asText());
        assertEquals("Ada Lovelace", user.path("name").asText());
        assertTrue(user.path("createdAt").asText().endsWith("Z"), user::toString);
        Instant.parse(user.path("createdAt").asText());

        Api.Reply me = api.get("/api/v1/me").bearer(reply.text("accessToken")).send();
        assertEquals(200, me.status(), me::toString);
        assertEquals(user, me.json(), "the Location names the account just created");
    }

    @Test
    void anAddressAlreadyTakenInAnotherCaseIsAConflict() {
        String email = uniqueEmail();
        assertEquals(201, api.post(SIGNUP, json("email", email, "password", PASSWORD, "name", "First")).send()
                .status());

        Api.Reply again = api.post(SIGNUP, json("email", email.toUpperCase(Locale.ROOT),
                "password", PASSWORD, "name", "Second")).send();

        problem(409, "email-taken", again);
    }

    @Test
    void everyMissingFieldIsReportedAtOnceWithItsOwnPointer() {
        Api.Reply reply = api.post(SIGNUP, json()).send();

        problem(422, "validation", reply);
        assertEquals(List.of("/email required", "/password required", "/name required"), fieldErrors(reply));
    }

    @Test
    void aPasswordShorterThanTenCharactersIsTooShort() {
        Api.Reply reply = api.post(SIGNUP, json("email", uniqueEmail(), "password", "123456789", "name", "Bob"))
                .send();

        problem(422, "validation", reply);
        assertEquals(List.of("/password too_short"), fieldErrors(reply));
    }

    @Test
    void somethingThatIsNotAnEmailAddressIsRefused() {
        Api.Reply reply = api.post(SIGNUP, json("email", "ada at example dot com", "password", PASSWORD,
                "name", "Ada")).send();

        problem(422, "validation", reply);
        assertEquals(List.of("/email invalid_email"), fieldErrors(reply));
    }

    @Test
    void aNumberWhereTheEmailShouldBeIsAMalformedBodyPointingAtTheField() {
        Api.Reply reply = api.post(SIGNUP, json("email", 5, "password", PASSWORD, "name", "Ada")).send();

        problem(400, "malformed-body", reply);
        assertEquals(List.of("/email wrong_type"), fieldErrors(reply));
        assertFalse(reply.raw().body().contains("dev.glyphic"), "no class names leak: " + reply);
    }

    @Test
    void aFieldTheRequestDoesNotHaveIsRefusedRatherThanIgnored() {
        Api.Reply reply = api.post(SIGNUP, json("email", uniqueEmail(), "password", PASSWORD, "name", "Ada",
                "role", "owner")).send();

        problem(400, "malformed-body", reply);
        assertEquals(List.of("/role unknown_field"), fieldErrors(reply));
    }

    @Test
    void brokenJsonIsMalformedJson() {
        Api.Reply reply = api.post(SIGNUP, "{\"email\": \"ada@example.com\", \"password\": ").send();

        problem(400, "malformed-json", reply);
    }

    @Test
    void aSignUpWithoutABodyIsABadRequest() {
        Api.Reply reply = api.post(SIGNUP, null).header("Content-Type", "application/json").send();

        problem(400, "bad-request", reply);
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        Api.Reply reply = api.post(SIGNUP, "email=ada@example.com&password=" + PASSWORD)
                .header("Content-Type", "text/plain").send();

        problem(415, "unsupported-media-type", reply);
    }

    @Test
    void aBodyOverTheConfiguredLimitIsRefusedAsTooLarge() {
        String huge = "x".repeat(100 * 1024);
        Api.Reply reply = api.post(SIGNUP, json("email", uniqueEmail(), "password", PASSWORD, "name", huge)).send();

        problem(413, "payload-too-large", reply);
    }

    @Test
    void aRefusedSignUpWritesNothingSoTheAddressIsStillFree() {
        String email = uniqueEmail();
        Api.Reply refused = api.post(SIGNUP, json("email", email, "password", "short", "name", "Ada")).send();
        problem(422, "validation", refused);

        Api.Reply accepted = api.post(SIGNUP, json("email", email, "password", PASSWORD, "name", "Ada")).send();

        assertEquals(201, accepted.status(), accepted::toString);
        assertEquals(email, accepted.json().path("user").path("email").asText());
    }
}
