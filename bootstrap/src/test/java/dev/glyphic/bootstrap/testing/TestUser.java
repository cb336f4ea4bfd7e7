package dev.glyphic.bootstrap.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

/** A person signed up through the API, with their credentials. */
public record TestUser(String id, String email, String password, String accessToken, String refreshToken) {

    /**
     * Signs up a new person with a unique address and verifies it the way a person does: with the link mailed to
     * them (received by the test server's SMTP server).
     */
    public static TestUser signUp(Api api) {
        TestUser user = signUpUnverified(api);
        verifyEmail(api, user.email());
        return user;
    }

    /** Signs up a new person who has not (yet) used the verification link. */
    public static TestUser signUpUnverified(Api api) {
        String email = "user-" + UUID.randomUUID() + "@example.com";
        String password = "long enough password " + UUID.randomUUID();
        Api.Reply reply = api.post("/api/v1/auth/signup", Api.json("email", email, "password", password,
                "name", "Test User")).send();
        assertEquals(201, reply.status(), reply::toString);
        return new TestUser(reply.json().path("user").path("id").asText(), email, password,
                reply.text("accessToken"), reply.text("refreshToken"));
    }

    /** Redeems the first verification link mailed to the address. */
    public static void verifyEmail(Api api, String email) {
        String token = api.server().mailbox().awaitToken(email, "gev");
        Api.Reply verified = api.post("/api/v1/auth/verify-email", Api.json("token", token)).send();
        assertEquals(200, verified.status(), verified::toString);
    }
}
