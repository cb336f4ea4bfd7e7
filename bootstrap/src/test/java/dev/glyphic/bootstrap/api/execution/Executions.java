package dev.glyphic.bootstrap.api.execution;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Definitions.definition;
import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/** Arrange steps and checks that the execution tests share; everything goes through the API. */
final class Executions {
    private Executions() {
    }

    record Space(TestOrg org, String id) {
        String path() {
            return org.path() + "/workspaces/" + id;
        }

        String runs(String workflowId) {
            return path() + "/workflows/" + workflowId + "/executions";
        }

        String executions() {
            return path() + "/executions";
        }

        String execution(String executionId) {
            return executions() + "/" + executionId;
        }

        String approvals() {
            return path() + "/approvals";
        }
    }

    static Space newSpace(Api api, TestOrg org) {
        String slug = "ws-" + UUID.randomUUID().toString().substring(0, 12);
        return new Space(org, status(201, api.post(org.path() + "/workspaces", json("name", "Space " + slug,
                "slug", slug)).as(org.owner()).send()).text("id"));
    }





    /** trigger.manual → data.set doubling {@code $input.n}. */
    static Map<String, Object> doubling() {
        return definition(List.of(node("start", "trigger.manual", json()),
                        node("double", "data.set", json("values", json("doubled", "{{ $input.n * 2 }}")))),
                List.of(edge("start", "double")));
    }

    /** trigger.manual → flow.delay of a day → data.set. */
    static Map<String, Object> delayed() {
        return definition(List.of(node("start", "trigger.manual", json()),
                        node("wait", "flow.delay", json("duration", "P1D")),
                        node("after", "data.set", json("values", json("done", true)))),
                List.of(edge("start", "wait"), edge("wait", "after")));
    }

    /** trigger.manual → flow.approval → data.set on each branch. */
    static Map<String, Object> approval(String approverRole, boolean allowSelfApproval) {
        return definition(List.of(node("start", "trigger.manual", json()),
                        node("ask", "flow.approval", json("message", "Publish it?", "approverRole", approverRole,
                                "allowSelfApproval", allowSelfApproval)),
                        node("yes", "data.set", json("values", json("published", true))),
                        node("no", "data.set", json("values", json("published", false)))),
                List.of(edge("start", "ask"), edge("ask", "approved", "yes"), edge("ask", "rejected", "no")));
    }

    /** trigger.manual → http.request GET url → data.set of the answer's body. */
    static Map<String, Object> fetching(String url) {
        return definition(List.of(node("start", "trigger.manual", json()),
                        node("fetch", "http.request", json("method", "GET", "url", url, "timeoutMs", 5000)),
                        node("keep", "data.set", json("values", json("got", "{{ $input.body.value }}")))),
                List.of(edge("start", "fetch"), edge("fetch", "keep")));
    }

    static String workflow(Api api, Space space, TestUser user, Map<String, Object> definition) {
        return status(201, api.post(space.path() + "/workflows", json("name", "Flow " + UUID.randomUUID(),
                "definition", definition)).as(user).send()).text("id");
    }

    static Api.Reply run(Api api, Space space, TestUser user, String workflowId, Object input) {
        return api.post(space.runs(workflowId), json("input", input)).as(user).send();
    }

    /** Polls the execution until it satisfies {@code done}, for at most 20 seconds. */
    static JsonNode await(Api api, Space space, TestUser user, String executionId, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode last;
        do {
            last = status(200, api.get(space.execution(executionId)).as(user).send()).json();
            if (done.test(last)) {
                return last;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("execution " + executionId + " did not get there in time: " + last);
    }

    static JsonNode awaitStatus(Api api, Space space, TestUser user, String executionId, String status) {
        return await(api, space, user, executionId, e -> e.path("status").asText().equals(status));
    }

    static JsonNode run(JsonNode execution, String nodeId) {
        for (JsonNode run : execution.path("nodeRuns")) {
            if (run.path("nodeId").asText().equals(nodeId)) {
                return run;
            }
        }
        throw new AssertionError("no run of node " + nodeId + " in " + execution);
    }

    static Api.Reply status(int expected, Api.Reply reply) {
        assertEquals(expected, reply.status(), reply::toString);
        return reply;
    }

    static Api.Reply problem(int status, String type, Api.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType().split(";")[0].trim(), reply::toString);
        assertEquals("https://glyphic.dev/problems/" + type, reply.json().path("type").asText(), reply::toString);
        return reply;
    }

    static List<JsonNode> items(Api.Reply reply) {
        status(200, reply);
        List<JsonNode> items = new ArrayList<>();
        reply.json().path("items").forEach(items::add);
        return items;
    }

    static List<String> ids(Api.Reply reply) {
        return items(reply).stream().map(i -> i.path("id").asText()).toList();
    }
}
