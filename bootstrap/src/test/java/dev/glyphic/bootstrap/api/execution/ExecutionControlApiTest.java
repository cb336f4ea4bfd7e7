package dev.glyphic.bootstrap.api.execution;

import static dev.glyphic.bootstrap.api.execution.Executions.await;
import static dev.glyphic.bootstrap.api.execution.Executions.awaitStatus;
import static dev.glyphic.bootstrap.api.execution.Executions.delayed;
import static dev.glyphic.bootstrap.api.execution.Executions.doubling;
import static dev.glyphic.bootstrap.api.execution.Executions.fetching;
import static dev.glyphic.bootstrap.api.execution.Executions.run;
import static dev.glyphic.bootstrap.api.execution.Executions.workflow;
import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Definitions.definition;
import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Definitions.trigger;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cancelling, retrying from the failed node and replaying executions. */
class ExecutionControlApiTest {
    private static final Api API = new Api();
    private static final AtomicBoolean HEALTHY = new AtomicBoolean();
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static TestOrg org;
    private static Executions.Space space;
    private static HttpServer flaky;

    @BeforeAll
    static void organizationAndAFlakyService() throws IOException {
        org = TestOrg.create(API);
        space = Executions.newSpace(API, org);
        flaky = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        flaky.createContext("/value", exchange -> {
            CALLS.incrementAndGet();
            // 400 is not retried by the node: the step fails at its first attempt.
            boolean healthy = HEALTHY.get();
            byte[] body = (healthy ? "{\"value\": 7}" : "{\"error\": \"not yet\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(healthy ? 200 : 400, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        flaky.start();
    }

    @AfterAll
    static void stopService() {
        flaky.stop(0);
    }

    @Test
    void aWaitingExecutionIsCancelledAndAnEndedOneCannotBe() {
        String workflowId = workflow(API, space, org.member(), delayed());
        String id = status(201, run(API, space, org.member(), workflowId, null)).text("id");
        awaitStatus(API, space, org.member(), id, "waiting");

        problem(403, "forbidden", API.post(space.execution(id) + "/cancel", null).as(org.viewer()).send());
        Api.Reply cancelled = status(200, API.post(space.execution(id) + "/cancel", null).as(org.member()).send());
        assertEquals("cancelled", cancelled.text("status"));
        assertTrue(cancelled.json().path("completedAt").isTextual(), cancelled::toString);
        JsonNode shown = status(200, API.get(space.execution(id)).as(org.member()).send()).json();
        assertEquals("cancelled", Executions.run(shown, "wait").path("status").asText(), shown::toString);

        Api.Reply again = problem(409, "execution-final", API.post(space.execution(id) + "/cancel", null)
                .as(org.member()).send());
        assertTrue(again.text("detail").contains("cancelled"), again::toString);
    }

    @Test
    void aFailedExecutionIsRetriedFromItsFailedNodeAndThenSucceeds() {
        HEALTHY.set(false);
        String url = "http://127.0.0.1:" + flaky.getAddress().getPort() + "/value";
        String workflowId = workflow(API, space, org.member(), fetching(url));
        String id = status(201, run(API, space, org.member(), workflowId, null)).text("id");
        JsonNode failed = awaitStatus(API, space, org.member(), id, "failed");
        assertTrue(failed.path("error").asText().contains("HTTP 400"), failed::toString);
        assertTrue(failed.path("errorStack").asText().startsWith("at node 'fetch' (http.request), attempt 1\nHTTP 400"),
                "a 400 is not retried, and the stack says where it failed and why: " + failed.path("errorStack"));
        assertEquals("failed", Executions.run(failed, "fetch").path("status").asText());
        String startRun = Executions.run(failed, "start").path("id").asText();

        problem(403, "forbidden", API.post(space.execution(id) + "/retry", null).as(org.viewer()).send());
        HEALTHY.set(true);
        Api.Reply retried = status(200, API.post(space.execution(id) + "/retry", null).as(org.member()).send());
        assertEquals(id, retried.text("id"));
        assertEquals("queued", retried.text("status"));
        assertTrue(retried.json().path("error").isNull(), retried::toString);

        JsonNode done = awaitStatus(API, space, org.member(), id, "succeeded");
        assertEquals(7, done.path("output").path("got").asInt(), done::toString);
        assertTrue(done.path("errorStack").isNull(), "the retry cleared the failure");
        JsonNode fetch = Executions.run(done, "fetch");
        assertEquals("succeeded", fetch.path("status").asText());
        assertEquals(1, fetch.path("retryGeneration").asInt(), fetch::toString);
        assertEquals(startRun, Executions.run(done, "start").path("id").asText(), "the succeeded step is kept");

        problem(409, "execution-not-failed", API.post(space.execution(id) + "/retry", null).as(org.member())
                .send());
    }

    @Test
    void onlyAFailedExecutionIsRetried() {
        String workflowId = workflow(API, space, org.member(), delayed());
        String id = status(201, run(API, space, org.member(), workflowId, null)).text("id");
        awaitStatus(API, space, org.member(), id, "waiting");
        problem(409, "execution-not-failed", API.post(space.execution(id) + "/retry", null).as(org.member())
                .send());
        status(200, API.post(space.execution(id) + "/cancel", null).as(org.member()).send());
    }

    @Test
    void aReplayIsANewExecutionWithTheSameInputOnThePinnedOrTheLatestVersion() {
        String workflowId = workflow(API, space, org.member(), doubling());
        String original = status(201, run(API, space, org.member(), workflowId, json("n", 5))).text("id");
        awaitStatus(API, space, org.member(), original, "succeeded");
        Api.Reply edited = API.patch(space.path() + "/workflows/" + workflowId, json("definition",
                        definition(List.of(trigger(), node("double", "data.set", json("values",
                                        json("doubled", "{{ $input.n * 3 }}")))), List.of(edge("start", "double")))))
                .as(org.member()).header("If-Match", "\"1\"").send();
        status(200, edited);

        Api.Reply pinned = status(201, API.post(space.execution(original) + "/replay", null).as(org.member())
                .send());
        assertNotEquals(original, pinned.text("id"));
        assertEquals(space.execution(pinned.text("id")), pinned.header("Location").orElseThrow());
        assertEquals("replay", pinned.text("triggerType"));
        assertEquals(original, pinned.text("replayOf"));
        assertEquals(1, pinned.json().path("workflowVersion").asInt());
        assertEquals(10, awaitStatus(API, space, org.member(), pinned.text("id"), "succeeded")
                .path("output").path("doubled").asInt());

        Api.Reply latest = status(201, API.post(space.execution(original) + "/replay", json("version", "latest"))
                .as(org.member()).send());
        assertEquals(2, latest.json().path("workflowVersion").asInt());
        assertEquals(15, await(API, space, org.member(), latest.text("id"),
                e -> e.path("status").asText().equals("succeeded")).path("output").path("doubled").asInt());

        problem(422, "validation", API.post(space.execution(original) + "/replay", json("version", "newest"))
                .as(org.member()).send());
        problem(403, "forbidden", API.post(space.execution(original) + "/replay", null).as(org.viewer()).send());
    }
}
