package dev.glyphic.bootstrap.api.org;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.bootstrap.testing.Api;
import java.util.ArrayList;
import java.util.List;

/** Assertions on answers, so that a failing test prints the whole answer it got. */
final class Expect {
    private Expect() {
    }

    static Api.Reply status(int expected, Api.Reply reply) {
        assertEquals(expected, reply.status(), reply::toString);
        return reply;
    }

    /** A problem+json answer with the status and the problem type's code, e.g. {@code 409, "last-owner"}. */
    static Api.Reply problem(int status, String code, Api.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType().split(";")[0].trim(), reply::toString);
        assertEquals("https://glyphic.dev/problems/" + code, reply.json().path("type").asText(), reply::toString);
        assertEquals(status, reply.json().path("status").asInt(), reply::toString);
        return reply;
    }

    /** A 422 whose {@code errors} name exactly these pointer/code pairs, in any order. */
    static Api.Reply invalid(Api.Reply reply, String... pointersAndCodes) {
        return errors(422, "validation", reply, pointersAndCodes);
    }

    /** A 400 for query parameters, naming each bad one. */
    static Api.Reply invalidQuery(Api.Reply reply, String... pointersAndCodes) {
        return errors(400, "invalid-query", reply, pointersAndCodes);
    }

    private static Api.Reply errors(int status, String type, Api.Reply reply, String... pointersAndCodes) {
        problem(status, type, reply);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < pointersAndCodes.length; i += 2) {
            expected.add(pointersAndCodes[i] + " " + pointersAndCodes[i + 1]);
        }
        List<String> actual = new ArrayList<>();
        for (JsonNode error : reply.json().path("errors")) {
            actual.add(error.path("pointer").asText() + " " + error.path("code").asText());
        }
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), reply::toString);
        return reply;
    }

    /** The {@code items} of a list answer, after checking it is a 200. */
    static List<JsonNode> items(Api.Reply reply) {
        status(200, reply);
        List<JsonNode> items = new ArrayList<>();
        reply.json().path("items").forEach(items::add);
        return items;
    }

    static List<String> texts(List<JsonNode> items, String field) {
        return items.stream().map(item -> item.path(field).asText()).toList();
    }
}
