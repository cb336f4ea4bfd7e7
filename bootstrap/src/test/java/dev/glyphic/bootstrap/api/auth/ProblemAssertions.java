package dev.glyphic.bootstrap.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.bootstrap.testing.Api;
import java.util.ArrayList;
import java.util.List;

/** What every error answer must be: the status, problem+json, and the problem type a client branches on. */
final class ProblemAssertions {
    private ProblemAssertions() {
    }

    static void assertProblem(int status, String type, Api.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"),
                () -> "content type " + reply.contentType() + " of " + reply);
        assertEquals("https://glyphic.dev/problems/" + type, reply.json().path("type").asText(), reply::toString);
        assertEquals(status, reply.json().path("status").asInt(), reply::toString);
    }

    static void assertUnauthenticated(Api.Reply reply) {
        assertProblem(401, "unauthenticated", reply);
    }

    /** The field errors as {@code pointer code} lines, in the order the server gave them. */
    static List<String> fieldErrors(Api.Reply reply) {
        List<String> errors = new ArrayList<>();
        for (JsonNode error : reply.json().path("errors")) {
            errors.add(error.path("pointer").asText() + " " + error.path("code").asText());
        }
        return errors;
    }
}
