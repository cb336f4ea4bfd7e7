package dev.glyphic.bootstrap.api.execution;

import static dev.glyphic.bootstrap.api.execution.Executions.approval;
import static dev.glyphic.bootstrap.api.execution.Executions.awaitStatus;
import static dev.glyphic.bootstrap.api.execution.Executions.run;
import static dev.glyphic.bootstrap.api.execution.Executions.workflow;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.Expect;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestServer;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Server-Sent Events of an execution: its status on connect and as it changes, its log lines, then the end. */
class ExecutionEventsApiTest {
    private static final Api API = new Api();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static TestOrg org;

    @BeforeAll
    static void organization() {
        org = TestOrg.create(API);
    }

    record Received(String name, String id, JsonNode data) {
    }

    @Test
    void aStreamDeliversStatusAndLogEventsUntilTheExecutionEnds() throws Exception {
        Executions.Space space = Executions.newSpace(API, org);
        String workflowId = workflow(API, space, org.member(), approval("member", true));
        String id = status(201, run(API, space, org.member(), workflowId, null)).text("id");
        String runId = Executions.run(awaitStatus(API, space, org.member(), id, "waiting"), "ask")
                .path("id").asText();

        HttpResponse<InputStream> stream = CLIENT.send(HttpRequest.newBuilder(
                        URI.create(TestServer.get().uri() + space.execution(id) + "/events"))
                .header("Authorization", "Bearer " + org.viewer().accessToken())
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        CompletableFuture<List<Received>> events = CompletableFuture.supplyAsync(() -> read(stream.body()));

        status(200, API.post(space.approvals() + "/" + runId + "/approve", null).as(org.member()).send());
        List<Received> received = events.get(20, TimeUnit.SECONDS);

        Received first = received.get(0);
        assertEquals("status", first.name(), received::toString);
        assertEquals("waiting", first.data().path("status").asText());
        Received last = received.get(received.size() - 1);
        assertEquals("status", last.name(), received::toString);
        assertEquals("succeeded", last.data().path("status").asText());
        assertTrue(last.data().path("nodeRuns").isMissingNode(), "status events carry no node runs");

        List<Received> logs = received.stream().filter(e -> e.name().equals("log")).toList();
        List<JsonNode> stored = Expect.items(API.get(space.execution(id) + "/logs").as(org.viewer()).send());
        assertEquals(stored.stream().map(l -> l.path("id").asText()).toList(),
                logs.stream().map(Received::id).toList(), "every log line, in order, once");
        assertEquals(logs.stream().map(e -> e.data().path("id").asText()).toList(),
                logs.stream().map(Received::id).toList());
        assertTrue(logs.stream().anyMatch(e -> e.data().path("message").asText().startsWith("approved")),
                logs::toString);
    }

    @Test
    void aReconnectingClientResumesAfterTheLastLogLineItSaw() throws Exception {
        Executions.Space space = Executions.newSpace(API, org);
        String workflowId = workflow(API, space, org.member(), approval("member", true));
        String id = status(201, run(API, space, org.member(), workflowId, null)).text("id");
        String runId = Executions.run(awaitStatus(API, space, org.member(), id, "waiting"), "ask")
                .path("id").asText();
        status(200, API.post(space.approvals() + "/" + runId + "/approve", null).as(org.member()).send());
        awaitStatus(API, space, org.member(), id, "succeeded");
        List<String> all = Expect.items(API.get(space.execution(id) + "/logs").as(org.viewer()).send()).stream()
                .map(l -> l.path("id").asText()).toList();
        assertTrue(all.size() >= 3, all::toString);

        List<String> resumed = logIds(open(space, id, all.get(0)));
        List<String> fromTheStart = logIds(open(space, id, "not-a-log-line"));

        assertEquals(all.subList(1, all.size()), resumed, "only the lines after the one it saw");
        assertEquals(all, fromTheStart, "an id that names no line of this execution starts from the first");
    }

    private static InputStream open(Executions.Space space, String id, String lastEventId) throws Exception {
        HttpResponse<InputStream> stream = CLIENT.send(HttpRequest.newBuilder(
                        URI.create(TestServer.get().uri() + space.execution(id) + "/events"))
                .header("Authorization", "Bearer " + org.viewer().accessToken())
                .header("Accept", "text/event-stream").header("Last-Event-ID", lastEventId)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        return stream.body();
    }

    private static List<String> logIds(InputStream body) {
        return read(body).stream().filter(e -> e.name().equals("log")).map(Received::id).toList();
    }

    @Test
    void aStreamIsRefusedLikeAnyReadOfAMissingExecution() {
        Executions.Space space = Executions.newSpace(API, org);
        TestOrg other = TestOrg.create(API);
        problem(404, "not-found", API.get(space.execution(java.util.UUID.randomUUID().toString()) + "/events")
                .as(org.viewer()).send());
        String workflowId = workflow(API, space, org.member(), approval("member", true));
        String id = status(201, run(API, space, org.member(), workflowId, null)).text("id");
        problem(404, "not-found", API.get(space.execution(id) + "/events").as(other.owner()).send());
        status(200, API.post(space.execution(id) + "/cancel", null).as(org.member()).send());
    }

    /** Reads events until the server ends the stream. */
    private static List<Received> read(InputStream body) {
        List<Received> events = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = "message";
            String id = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Received(name, id, JSON.readTree(data.toString())));
                    }
                    name = "message";
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
            return events;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
