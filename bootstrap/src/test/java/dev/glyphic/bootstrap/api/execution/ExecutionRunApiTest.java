package dev.glyphic.bootstrap.api.execution;

import static dev.glyphic.bootstrap.api.execution.Executions.awaitStatus;
import static dev.glyphic.bootstrap.api.execution.Executions.doubling;
import static dev.glyphic.bootstrap.api.execution.Executions.ids;
import static dev.glyphic.bootstrap.api.execution.Executions.run;
import static dev.glyphic.bootstrap.api.execution.Executions.workflow;
import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Expect.items;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Running workflows by hand, reading executions back, listing and paging them and their logs. */
class ExecutionRunApiTest {
    private static final Api API = new Api();
    private static TestOrg org;
    private static Executions.Space space;

    @BeforeAll
    static void organization() {
        org = TestOrg.create(API);
        space = Executions.newSpace(API, org);
    }

    @Test
    void aRunIsQueuedThenRunsToSuccessWithItsNodeRunsAndLogs() {
        String workflowId = workflow(API, space, org.member(), doubling());

        Api.Reply started = status(201, run(API, space, org.member(), workflowId, json("n", 21)));
        String id = started.text("id");
        assertEquals(space.execution(id), started.header("Location").orElseThrow());
        assertEquals("manual", started.text("triggerType"));
        assertEquals(1, started.json().path("workflowVersion").asInt());
        assertEquals("user", started.json().path("startedBy").path("type").asText());
        assertEquals(org.member().id(), started.json().path("startedBy").path("id").asText());
        assertEquals(21, started.json().path("input").path("n").asInt());

        JsonNode done = awaitStatus(API, space, org.viewer(), id, "succeeded");
        assertEquals(42, done.path("output").path("doubled").asInt(), done::toString);
        assertTrue(done.path("durationMs").isNumber(), done::toString);
        assertEquals(List.of("start", "double"), nodeIds(done));
        JsonNode doubled = Executions.run(done, "double");
        assertEquals("succeeded", doubled.path("status").asText());
        assertEquals(1, doubled.path("attempt").asInt());
        assertEquals(0, doubled.path("retryGeneration").asInt());

        List<JsonNode> logs = items(API.get(space.execution(id) + "/logs").as(org.viewer()).send());
        assertTrue(logs.get(0).path("message").asText().startsWith("queued"), logs::toString);
        assertEquals("succeeded", logs.get(logs.size() - 1).path("message").asText(), logs::toString);
    }

    @Test
    void anIdempotencyKeyAnswersARepeatWithTheSameExecutionAndRefusesReuseForAnotherRequest() {
        String workflowId = workflow(API, space, org.member(), doubling());
        String key = "key-" + UUID.randomUUID();

        Api.Reply first = status(201, API.post(space.runs(workflowId), "{\"input\": {\"n\": 1}}")
                .header("Idempotency-Key", key).as(org.member()).send());
        Api.Reply repeat = status(200, API.post(space.runs(workflowId), "{ \"input\" : { \"n\" :1 } }")
                .header("Idempotency-Key", key).as(org.member()).send());
        assertEquals(first.text("id"), repeat.text("id"));
        assertEquals("true", repeat.header("Idempotent-Replayed").orElse(""));
        assertFalse(first.header("Idempotent-Replayed").isPresent());

        problem(409, "idempotency-key-reused", API.post(space.runs(workflowId), json("input", json("n", 2)))
                .header("Idempotency-Key", key).as(org.member()).send());
        String other = workflow(API, space, org.member(), doubling());
        problem(409, "idempotency-key-reused", API.post(space.runs(other), json("input", json("n", 1)))
                .header("Idempotency-Key", key).as(org.member()).send());

        assertNotEquals(first.text("id"), status(201, run(API, space, org.member(), workflowId, json("n", 1)))
                .text("id"));
        problem(400, "invalid-query", API.post(space.runs(workflowId), json("input", 1))
                .header("Idempotency-Key", "x".repeat(201)).as(org.member()).send());
        problem(400, "invalid-query", API.post(space.runs(workflowId), json("input", 1))
                .header("Idempotency-Key", "").as(org.member()).send());

        Api.Reply workflow = status(200, API.get(space.path() + "/workflows/" + workflowId).as(org.viewer()).send());
        assertEquals(2, workflow.json().path("executionCount").asInt(),
                "two runs started; the repeat and the refused reuses started none");
        assertFalse(workflow.json().path("lastExecutedAt").isNull(), workflow::toString);
    }

    @Test
    void runningNeedsAMemberAValidWorkflowAndOneNotInTheTrash() {
        String workflowId = workflow(API, space, org.member(), doubling());
        problem(403, "forbidden", run(API, space, org.viewer(), workflowId, 1));

        String draft = status(201, API.post(space.path() + "/workflows", json("name", "Draft",
                "definition", json("nodes", List.of(), "edges", List.of()), "draft", true))
                .as(org.member()).send()).text("id");
        problem(409, "workflow-invalid", run(API, space, org.member(), draft, null));

        status(204, API.delete(space.path() + "/workflows/" + workflowId).as(org.admin()).send());
        problem(404, "not-found", run(API, space, org.member(), workflowId, null));
        problem(404, "not-found", run(API, space, org.member(), UUID.randomUUID().toString(), null));
        problem(400, "malformed-body", API.post(space.runs(draft), "{\"input\": 1, \"extra\": 2}")
                .as(org.member()).send());
    }

    @Test
    void anEmptyBodyRunsWithANullInput() {
        String workflowId = workflow(API, space, org.member(), doubling());
        Api.Reply started = status(201, API.post(space.runs(workflowId), null).as(org.member()).send());
        assertTrue(started.json().path("input").isNull(), started::toString);
    }

    @Test
    void listsFilterByWorkflowStatusTriggerAndTimeAndPageNewestFirst() {
        Executions.Space own = Executions.newSpace(API, org);
        String a = workflow(API, own, org.member(), doubling());
        String b = workflow(API, own, org.member(), doubling());
        Instant before = Instant.now();
        List<String> ofA = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ofA.add(0, status(201, run(API, own, org.member(), a, json("n", i))).text("id"));
        }
        String ofB = status(201, run(API, own, org.member(), b, json("n", 9))).text("id");
        for (String id : ofA) {
            awaitStatus(API, own, org.member(), id, "succeeded");
        }
        awaitStatus(API, own, org.member(), ofB, "succeeded");

        List<String> all = new ArrayList<>(List.of(ofB));
        all.addAll(ofA);
        assertEquals(all, ids(API.get(own.executions()).as(org.viewer()).send()));
        assertEquals(ofA, ids(API.get(own.executions() + "?workflowId=" + a).as(org.viewer()).send()));
        assertEquals(all, ids(API.get(own.executions() + "?status=succeeded&triggerType=manual&from=" + before)
                .as(org.viewer()).send()));
        assertEquals(List.of(), ids(API.get(own.executions() + "?status=failed").as(org.viewer()).send()));
        assertEquals(List.of(), ids(API.get(own.executions() + "?triggerType=replay").as(org.viewer()).send()));
        assertEquals(List.of(), ids(API.get(own.executions() + "?to=" + before).as(org.viewer()).send()));

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Reply page = API.get(own.executions() + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .as(org.viewer()).send();
            paged.addAll(ids(page));
            cursor = page.json().path("nextCursor").isNull() ? null : page.text("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(all, paged);
        assertEquals(3, pages);

        for (String bad : List.of("status=done", "workflowId=nope", "triggerType=cron", "from=yesterday",
                "to=2025-13-01T00:00:00Z", "limit=0", "limit=201", "cursor=abc")) {
            Api.Reply reply = problem(400, "invalid-query", API.get(own.executions() + "?" + bad)
                    .as(org.viewer()).send());
            String parameter = bad.substring(0, bad.indexOf('='));
            assertEquals("/" + parameter, reply.json().path("errors").path(0).path("pointer").asText(),
                    reply::toString);
        }
    }

    @Test
    void logsPageOldestFirst() {
        String workflowId = workflow(API, space, org.member(), doubling());
        String id = status(201, run(API, space, org.member(), workflowId, json("n", 1))).text("id");
        awaitStatus(API, space, org.member(), id, "succeeded");
        List<JsonNode> all = items(API.get(space.execution(id) + "/logs").as(org.viewer()).send());
        assertTrue(all.size() >= 2, all::toString);

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            Api.Reply page = API.get(space.execution(id) + "/logs?limit=1" + (cursor == null ? "" : "&cursor="
                    + cursor)).as(org.viewer()).send();
            paged.addAll(ids(page));
            cursor = page.json().path("nextCursor").isNull() ? null : page.text("nextCursor");
        } while (cursor != null);
        assertEquals(all.stream().map(l -> l.path("id").asText()).toList(), paged);
        problem(400, "invalid-query", API.get(space.execution(id) + "/logs?limit=500").as(org.viewer()).send());
    }

    @Test
    void anotherWorkspacesOrOrganizationsExecutionIsNotFound() {
        String workflowId = workflow(API, space, org.member(), doubling());
        String id = status(201, run(API, space, org.member(), workflowId, json("n", 1))).text("id");
        Executions.Space sibling = Executions.newSpace(API, org);
        TestOrg other = TestOrg.create(API);
        Executions.Space foreign = Executions.newSpace(API, other);

        problem(404, "not-found", API.get(sibling.execution(id)).as(org.owner()).send());
        problem(404, "not-found", API.get(sibling.execution(id) + "/logs").as(org.owner()).send());
        problem(404, "not-found", API.post(sibling.execution(id) + "/cancel", null).as(org.owner()).send());
        problem(404, "not-found", API.get(space.execution(id)).as(other.owner()).send());
        problem(404, "not-found", API.get(foreign.execution(id)).as(other.owner()).send());
        problem(404, "not-found", API.post(foreign.execution(id) + "/replay", null).as(other.owner()).send());
        problem(404, "not-found", run(API, foreign, other.owner(), workflowId, null));
        problem(404, "not-found", API.get(space.execution("not-a-uuid")).as(org.owner()).send());
        assertEquals(List.of(), ids(API.get(sibling.executions()).as(org.owner()).send()));
        problem(401, "unauthenticated", API.get(space.execution(id)).send());
    }

    private static List<String> nodeIds(JsonNode execution) {
        List<String> ids = new ArrayList<>();
        execution.path("nodeRuns").forEach(r -> ids.add(r.path("nodeId").asText()));
        return ids;
    }
}
