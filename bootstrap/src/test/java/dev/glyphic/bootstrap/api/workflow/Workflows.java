package dev.glyphic.bootstrap.api.workflow;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Definitions.definition;
import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Definitions, arrange steps and answer checks that the workflow tests share; everything goes through the API. */
final class Workflows {
    private Workflows() {
    }

    /** A workspace of an organization, with the paths the tests call. */
    record Space(TestOrg org, String id) {
        String path() {
            return org.path() + "/workspaces/" + id;
        }

        String workflows() {
            return path() + "/workflows";
        }

        String workflow(String workflowId) {
            return workflows() + "/" + workflowId;
        }
    }

    static Space newSpace(Api api, TestOrg org) {
        String slug = "ws-" + UUID.randomUUID().toString().substring(0, 12);
        Api.Reply created = status(201, api.post(org.path() + "/workspaces", json("name", "Space " + slug,
                "slug", slug)).as(org.owner()).send());
        return new Space(org, created.text("id"));
    }

    // ----- definitions





    static Map<String, Object> fetchNode(String url) {
        return node("fetch", "http.request", json("method", "GET", "url", url, "timeoutMs", 5000));
    }

    /** trigger.manual → http.request → logic.if: valid. */
    static Map<String, Object> validDefinition() {
        return validDefinition("https://example.com/items");
    }

    static Map<String, Object> validDefinition(String url) {
        return definition(List.of(
                        node("start", "trigger.manual", json()),
                        fetchNode(url),
                        node("check", "logic.if", json("condition", "{{ $input.status = 200 }}"))),
                List.of(edge("start", "fetch"), edge("fetch", "check")));
    }

    /** A valid definition that uses no http.request: trigger.manual → logic.if. */
    static Map<String, Object> triggerOnlyDefinition() {
        return definition(List.of(node("start", "trigger.manual", json()),
                        node("check", "logic.if", json("condition", "{{ $input.ok }}"))),
                List.of(edge("start", "check")));
    }

    /** A trigger, then a child run of another workflow. */
    static Map<String, Object> callingDefinition(String childWorkflowId) {
        return definition(List.of(node("start", "trigger.manual", json()),
                        node("child", "flow.subworkflow", json("workflowId", childWorkflowId))),
                List.of(edge("start", "child")));
    }

    // ----- arrange

    static Api.Reply create(Api api, Space space, TestUser user, String name, Map<String, Object> definition,
                            Object... more) {
        Map<String, Object> body = json("name", name, "definition", definition);
        body.putAll(json(more));
        return status(201, api.post(space.workflows(), body).as(user).send());
    }

    static Api.Reply patch(Api api, Space space, TestUser user, String workflowId, String etag, Object... fields) {
        return api.patch(space.workflow(workflowId), json(fields)).as(user).header("If-Match", etag).send();
    }

    // ----- checks

    static Api.Reply status(int expected, Api.Reply reply) {
        assertEquals(expected, reply.status(), reply::toString);
        return reply;
    }

    static Api.Reply problem(int status, String code, Api.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType().split(";")[0].trim(), reply::toString);
        assertEquals("https://glyphic.dev/problems/" + code, reply.json().path("type").asText(), reply::toString);
        return reply;
    }

    /** The {@code pointer code} pairs of a problem's errors. */
    static List<String> errors(Api.Reply reply) {
        List<String> errors = new ArrayList<>();
        reply.json().path("errors").forEach(e -> errors.add(e.path("pointer").asText() + " "
                + e.path("code").asText()));
        return errors;
    }

    /** A 422 validation problem naming exactly these {@code pointer code} pairs, in any order. */
    static void invalid(Api.Reply reply, String... pointerCodes) {
        problem(422, "validation", reply);
        assertEquals(Arrays.stream(pointerCodes).sorted().toList(), errors(reply).stream().sorted().toList(),
                reply::toString);
    }

    static List<JsonNode> items(Api.Reply reply) {
        status(200, reply);
        List<JsonNode> items = new ArrayList<>();
        reply.json().path("items").forEach(items::add);
        return items;
    }

    static List<String> names(Api.Reply reply) {
        return items(reply).stream().map(item -> item.path("name").asText()).toList();
    }

    static String etag(Api.Reply reply) {
        return reply.header("ETag").orElseThrow(() -> new AssertionError("no ETag in " + reply));
    }

    /** The definition's nodes by id. */
    static Map<String, JsonNode> nodesById(JsonNode definition) {
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        definition.path("nodes").forEach(n -> nodes.put(n.path("id").asText(), n));
        return nodes;
    }
}
