package dev.glyphic.bootstrap.api;

import static dev.glyphic.bootstrap.testing.Expect.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.bootstrap.testing.Api;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PostgreSQL cannot store NUL or unpaired surrogates; such text is refused at the door, naming the field. */
class UnstorableTextApiTest {
    private final Api api = new Api();

    @Test
    void aNulCharacterInANameIsABadRequestNotAServerError() {
        Api.Reply reply = api.post("/api/v1/auth/signup", "{\"email\":\"nul-" + UUID.randomUUID()
                + "@example.com\",\"password\":\"long enough password\",\"name\":\"Ada\\u0000\"}").send();
        problem(400, "malformed-body", reply);
        assertEquals("/name", reply.json().path("errors").path(0).path("pointer").asText());
        assertEquals("unstorable_text", reply.json().path("errors").path(0).path("code").asText());
    }

    @Test
    void anUnpairedSurrogateIsRefusedToo() {
        // Escaped in the JSON text: a raw lone surrogate would already be lost when the body is encoded as UTF-8.
        Api.Reply reply = api.post("/api/v1/auth/signup", "{\"email\":\"lone-" + UUID.randomUUID()
                + "@example.com\",\"password\":\"long enough password\",\"name\":\"\\ud800 half\"}").send();
        problem(400, "malformed-body", reply);
        assertEquals("unstorable_text", reply.json().path("errors").path(0).path("code").asText());
    }
}
