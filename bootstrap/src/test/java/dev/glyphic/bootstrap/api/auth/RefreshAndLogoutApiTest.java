package dev.glyphic.bootstrap.api.auth;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Expect.fieldErrors;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** POST /api/v1/auth/refresh and /logout: rotation, reuse detection, and ending one session but not the others. */
class RefreshAndLogoutApiTest {
    private final Api api = new Api();
    private final TestUser ada = TestUser.signUp(api);

    private Api.Reply refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", json("refreshToken", refreshToken)).send();
    }

    private int me(String accessToken) {
        return api.get("/api/v1/me").bearer(accessToken).send().status();
    }

    @Test
    void aRefreshTokenBuysANewPairOfTheSameSessionWhileTheOldAccessTokenLivesOn() {
        Api.Reply renewed = refresh(ada.refreshToken());

        assertEquals(200, renewed.status(), renewed::toString);
        assertEquals("Bearer", renewed.text("tokenType"));
        assertEquals(ada.id(), renewed.json().path("user").path("id").asText());
        assertNotEquals(ada.accessToken(), renewed.text("accessToken"));
        assertNotEquals(ada.refreshToken(), renewed.text("refreshToken"));
        assertEquals(ForgedTokens.sessionOf(ada.accessToken()), ForgedTokens.sessionOf(renewed.text("accessToken")));
        assertEquals(200, me(renewed.text("accessToken")));
        assertEquals(200, me(ada.accessToken()), "an access token lives until it expires or its session ends");
        assertEquals(200, refresh(renewed.text("refreshToken")).status(), "the new refresh token rotates in turn");
    }

    @Test
    void reusingASpentRefreshTokenEndsTheWholeSession() {
        Api.Reply first = refresh(ada.refreshToken());
        assertEquals(200, first.status(), first::toString);

        problem(401, "unauthenticated", refresh(ada.refreshToken()));

        problem(401, "unauthenticated", refresh(first.text("refreshToken")));
        problem(401, "unauthenticated", api.get("/api/v1/me").bearer(first.text("accessToken")).send());
        problem(401, "unauthenticated", api.get("/api/v1/me").bearer(ada.accessToken()).send());
    }

    @Test
    void reuseEndsOnlyTheSessionItCameFrom() {
        Api.Reply other = api.post("/api/v1/auth/login", json("email", ada.email(), "password", ada.password()))
                .send();
        assertEquals(200, other.status(), other::toString);
        assertEquals(200, refresh(ada.refreshToken()).status());

        problem(401, "unauthenticated", refresh(ada.refreshToken()));

        assertEquals(200, me(other.text("accessToken")));
        assertEquals(200, refresh(other.text("refreshToken")).status());
    }

    @Test
    void aRefreshTokenThatWasNeverIssuedIsUnauthenticated() {
        problem(401, "unauthenticated", refresh("grt_not-a-token-we-issued"));
        problem(401, "unauthenticated", refresh(ada.accessToken()));
    }

    @Test
    void aRefreshWithoutATokenIsInvalid() {
        Api.Reply reply = api.post("/api/v1/auth/refresh", json()).send();

        problem(422, "validation", reply);
        assertEquals(List.of("/refreshToken required"), fieldErrors(reply));
    }

    @Test
    void loggingOutEndsThisSessionsAccessAndRefreshTokensButNotAnotherSession() {
        Api.Reply other = api.post("/api/v1/auth/login", json("email", ada.email(), "password", ada.password()))
                .send();
        assertEquals(200, other.status(), other::toString);

        Api.Reply logout = api.post("/api/v1/auth/logout", null).as(ada).send();

        assertEquals(204, logout.status(), logout::toString);
        assertTrue(logout.raw().body().isEmpty(), logout::toString);
        problem(401, "unauthenticated", api.get("/api/v1/me").as(ada).send());
        problem(401, "unauthenticated", refresh(ada.refreshToken()));
        assertEquals(200, me(other.text("accessToken")), "a second sign-in keeps working");
        assertEquals(200, refresh(other.text("refreshToken")).status());
    }

    @Test
    void loggingOutWithoutATokenIsUnauthenticated() {
        problem(401, "unauthenticated", api.post("/api/v1/auth/logout", null).send());
    }
}
