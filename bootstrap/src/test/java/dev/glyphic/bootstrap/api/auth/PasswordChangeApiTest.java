package dev.glyphic.bootstrap.api.auth;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Expect.fieldErrors;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** POST /api/v1/auth/password: proving the old password, and ending every session that knew it. */
class PasswordChangeApiTest {
    private static final String NEW_PASSWORD = "a brand new and long password";

    private final Api api = new Api();
    private final TestUser ada = TestUser.signUp(api);

    private Api.Reply logIn(String password) {
        return api.post("/api/v1/auth/login", json("email", ada.email(), "password", password)).send();
    }

    private Api.Reply change(String accessToken, String current, String replacement) {
        return api.post("/api/v1/auth/password", json("currentPassword", current, "newPassword", replacement))
                .bearer(accessToken).send();
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndChangesNothing() {
        Api.Reply reply = change(ada.accessToken(), "not my password", NEW_PASSWORD);

        problem(422, "validation", reply);
        assertEquals(List.of("/currentPassword incorrect"), fieldErrors(reply));
        assertEquals(200, api.get("/api/v1/me").as(ada).send().status(), "the session lives on");
        assertEquals(200, logIn(ada.password()).status(), "the old password still works");
    }

    @Test
    void aTooShortNewPasswordIsRefused() {
        Api.Reply reply = change(ada.accessToken(), ada.password(), "short");

        problem(422, "validation", reply);
        assertEquals(List.of("/newPassword too_short"), fieldErrors(reply));
    }

    @Test
    void aChangedPasswordEndsEveryOlderSessionAndStartsAFreshOne() {
        Api.Reply second = logIn(ada.password());
        assertEquals(200, second.status(), second::toString);

        Api.Reply changed = change(second.text("accessToken"), ada.password(), NEW_PASSWORD);

        assertEquals(200, changed.status(), changed::toString);
        assertEquals(ada.id(), changed.json().path("user").path("id").asText());
        assertEquals(200, api.get("/api/v1/me").bearer(changed.text("accessToken")).send().status());
        for (String oldAccess : List.of(ada.accessToken(), second.text("accessToken"))) {
            problem(401, "unauthenticated", api.get("/api/v1/me").bearer(oldAccess).send());
        }
        for (String oldRefresh : List.of(ada.refreshToken(), second.text("refreshToken"))) {
            problem(401, "unauthenticated", api.post("/api/v1/auth/refresh", json("refreshToken", oldRefresh)).send());
        }
        Api.Reply refreshed = api.post("/api/v1/auth/refresh", json("refreshToken", changed.text("refreshToken")))
                .send();
        assertEquals(200, refreshed.status(), refreshed::toString);
    }

    @Test
    void afterAChangeOnlyTheNewPasswordSignsIn() {
        assertEquals(200, change(ada.accessToken(), ada.password(), NEW_PASSWORD).status());

        problem(401, "unauthenticated", logIn(ada.password()));
        assertEquals(200, logIn(NEW_PASSWORD).status());
    }

    @Test
    void changingThePasswordNeedsASignedInPerson() {
        problem(401, "unauthenticated", api.post("/api/v1/auth/password", json("currentPassword", ada.password(),
                "newPassword", NEW_PASSWORD)).send());
    }
}
