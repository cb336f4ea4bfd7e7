package dev.glyphic.bootstrap.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

/** A person signed up through the API, with their credentials. */
public record TestUser(String id, String email, String password, String accessToken, String refreshToken) {

    /** Signs up a new person with a unique address. */
    public static TestUser signUp(Api api) {
        String email = "user-" + UUID.randomUUID() + "@example.com";
        String password = "long enough password " + UUID.randomUUID();
        Api.Reply reply = api.post("/api/v1/auth/signup", Api.json("email", email, "password", password,
                "name", "Test User")).send();
        assertEquals(201, reply.status(), reply::toString);
        return new TestUser(reply.json().path("user").path("id").asText(), email, password,
                reply.text("accessToken"), reply.text("refreshToken"));
    }
}
