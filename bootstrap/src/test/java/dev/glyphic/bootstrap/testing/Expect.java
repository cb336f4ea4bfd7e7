package dev.glyphic.bootstrap.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The checks of an answer every HTTP-level test shares, above all what every error answer must be: its status,
 * {@code application/problem+json}, and the problem type a client branches on. A failing check prints the whole
 * answer it got.
 */
public final class Expect {
    private static final String PROBLEM_TYPES = "https://glyphic.dev/problems/";

    private Expect() {
    }

    public static Api.Reply status(int expected, Api.Reply reply) {
        assertEquals(expected, reply.status(), reply::toString);
        return reply;
    }

    /** A problem+json answer with the status and the problem type's code, e.g. {@code 409, "last-owner"}. */
    public static Api.Reply problem(int status, String type, Api.Reply reply) {
        status(status, reply);
        assertEquals("application/problem+json", reply.contentType().split(";")[0].trim(), reply::toString);
        assertEquals(PROBLEM_TYPES + type, reply.json().path("type").asText(), reply::toString);
        assertEquals(status, reply.json().path("status").asInt(), reply::toString);
        return reply;
    }

    /** A 422 whose errors are exactly these {@code "pointer code"} pairs, in any order. */
    public static Api.Reply invalid(Api.Reply reply, String... errors) {
        return problemNaming(422, "validation", reply, errors);
    }

    /** A 400 for query parameters whose errors are exactly these {@code "pointer code"} pairs, in any order. */
    public static Api.Reply invalidQuery(Api.Reply reply, String... errors) {
        return problemNaming(400, "invalid-query", reply, errors);
    }

    /** A problem's field errors as {@code "pointer code"} pairs, in the order the server gave them. */
    public static List<String> fieldErrors(Api.Reply reply) {
        List<String> errors = new ArrayList<>();
        for (JsonNode error : reply.json().path("errors")) {
            errors.add(error.path("pointer").asText() + " " + error.path("code").asText());
        }
        return errors;
    }

    /** The Retry-After of a problem that may be sent again: whole seconds, at least one. */
    public static long retryAfter(Api.Reply reply) {
        String seconds = reply.header("Retry-After").orElse("");
        assertTrue(seconds.matches("[1-9][0-9]*"), () -> "Retry-After '" + seconds + "' of " + reply);
        return Long.parseLong(seconds);
    }

    /** The {@code items} of a list answer, after checking it is a 200. */
    public static List<JsonNode> items(Api.Reply reply) {
        status(200, reply);
        List<JsonNode> items = new ArrayList<>();
        reply.json().path("items").forEach(items::add);
        return items;
    }

    public static List<String> texts(List<JsonNode> items, String field) {
        return items.stream().map(item -> item.path(field).asText()).toList();
    }

    private static Api.Reply problemNaming(int status, String type, Api.Reply reply, String... errors) {
        problem(status, type, reply);
        assertEquals(Arrays.stream(errors).sorted().toList(), fieldErrors(reply).stream().sorted().toList(),
                reply::toString);
        return reply;
    }
}
