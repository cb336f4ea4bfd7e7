package dev.glyphic.bootstrap.api.execution;

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
import dev.glyphic.persistence.testing.Await;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/** Arrange steps and checks that the execution tests share; everything goes through the API. */
public final class Executions {
    private Executions() {
    }

    public record Space(TestOrg org, String id) {
        public String path() {
            return org.path() + "/workspaces/" + id;
        }

        public String runs(String workflowId) {
            return path() + "/workflows/" + workflowId + "/executions";
        }

        public String executions() {
            return path() + "/executions";
        }

        public String execution(String executionId) {
            return executions() + "/" + executionId;
        }

        public String approvals() {
            return path() + "/approvals";
        }
    }

    public static Space newSpace(Api api, TestOrg org) {
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

    public static String workflow(Api api, Space space, TestUser user, Map<String, Object> definition) {
        return status(201, api.post(space.path() + "/workflows", json("name", "Flow " + UUID.randomUUID(),
                "definition", definition)).as(user).send()).text("id");
    }

    static Api.Reply run(Api api, Space space, TestUser user, String workflowId, Object input) {
        return api.post(space.runs(workflowId), json("input", input)).as(user).send();
    }

    /** Polls the execution until it satisfies {@code done}. */
    public static JsonNode await(Api api, Space space, TestUser user, String executionId, Predicate<JsonNode> done) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        return Await.until("execution " + executionId + " to get there", () -> {
            last.set(status(200, api.get(space.execution(executionId)).as(user).send()).json());
            return Optional.of(last.get()).filter(done);
        }, () -> "it is " + last.get());
    }

    public static JsonNode awaitStatus(Api api, Space space, TestUser user, String executionId, String status) {
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

    static List<String> ids(Api.Reply reply) {
        return items(reply).stream().map(i -> i.path("id").asText()).toList();
    }
}
