package dev.glyphic.bootstrap.api.workflow;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Definitions.definition;
import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Expect.items;
import static dev.glyphic.bootstrap.testing.Expect.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Definitions, arrange steps and answer readers that the workflow tests share; everything goes through the API. */
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

    // ----- answers

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
