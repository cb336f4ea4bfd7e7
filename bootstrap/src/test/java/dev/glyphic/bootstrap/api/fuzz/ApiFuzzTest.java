package dev.glyphic.bootstrap.api.fuzz;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Definitions.definition;
import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glyphic.bootstrap.api.fuzz.FuzzCases.Case;
import dev.glyphic.bootstrap.api.fuzz.OpenApiOperations.Operation;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sends malformed, oversized, wrongly typed and boundary values to every operation of the served OpenAPI document,
 * authenticated as an org owner with real ids wherever the path takes one, and holds every answer to the API's
 * promise: never a 5xx; every 4xx a problem document; a refused value named (an {@code errors[].pointer} or the
 * detail names the parameter or property). Seeded, so a failure repeats.
 */
class ApiFuzzTest {
    private static final long SEED = 5L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Problem types that are about the request as a whole, not one value in it. */
    private static final List<String> WHOLE_REQUEST_PROBLEMS = List.of("malformed-json", "payload-too-large",
            "too-large", "unauthorized", "forbidden", "not-found", "rate-limited", "too-many-requests");

    private final Api api = new Api();

    @Test
    void noInputGetsA5xxAndEveryRefusalIsAProblemNamingWhatIsWrong() throws Exception {
        Api.Reply served = api.get("/openapi.yml").send();
        assertEquals(200, served.status(), served::toString);
        OpenApiOperations document = OpenApiOperations.parse(served.raw().body());
        assertTrue(document.operations().size() >= 50, "the served document lists the API's operations");

        Fixture fixture = Fixture.create(api);
        FuzzCases generator = new FuzzCases(SEED, fixture::realId, Map.of("If-Match", fixture.etag),
                Map.of("definition", JSON.writeValueAsString(fixture.definition), "input", "{\"n\": 1}",
                        "email", "\"fuzz-" + UUID.nameUUIDFromBytes(new byte[] {1}) + "@example.com\"",
                        "password", "\"a long enough fuzz password\"", "role", "\"member\"",
                        "templateId", "\"" + fixture.templateId + "\"", "format", "\"glyphic\"",
                        "version", "\"pinned\"", "slug", "\"fuzz-slug\""));

        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation op : inSafeOrder(document.operations())) {
            boolean baselineRefused = false;
            for (Case c : generator.of(op)) {
                sent++;
                Answer answer = send(c, fixture.owner);
                if (c.field() == null && c.what().equals("baseline")) {
                    baselineRefused = answer.status == 400 || answer.status == 422;
                }
                String failure = check(c, answer, baselineRefused);
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }
        assertTrue(sent > 1000, "sent " + sent);
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " answers broke the promise:\n"
                + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    }

    /**
     * What ends the session or deletes what later requests need runs last: deletions deepest path first, the
     * organization's own deletion and logout at the very end.
     */
    private static List<Operation> inSafeOrder(List<Operation> operations) {
        Comparator<Operation> order = Comparator.comparingInt(ApiFuzzTest::rank)
                .thenComparing(op -> -op.path().length())
                .thenComparing(Operation::toString);
        return operations.stream().sorted(order).toList();
    }

    private static int rank(Operation op) {
        if (op.path().endsWith("/logout") || op.path().endsWith("/password")) {
            return 3;
        }
        if (op.method().equals("DELETE")) {
            return op.path().equals("/api/v1/orgs/{orgId}") ? 2 : 1;
        }
        return 0;
    }

    /**
     * Null when the answer keeps the promise, else a line saying how it did not. When the operation's baseline was
     * itself refused (a required query value the document does not mark, a current password the suite cannot know),
     * a refusal may name that field instead of the one broken.
     */
    private static String check(Case c, Answer answer, boolean baselineRefused) {
        if (answer.status >= 500) {
            return answer.status + " ← " + c + " → " + answer.body;
        }
        if (answer.status < 400) {
            return null;
        }
        if (!answer.contentType.startsWith("application/problem+json")) {
            return answer.status + " not a problem (" + answer.contentType + ") ← " + c + " → " + answer.body;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body);
        } catch (IOException e) {
            return answer.status + " unreadable problem ← " + c + " → " + answer.body;
        }
        if (problem.path("status").asInt() != answer.status || !problem.path("type").isTextual()) {
            return answer.status + " problem without its status and type ← " + c + " → " + answer.body;
        }
        String type = problem.path("type").asText();
        type = type.substring(type.lastIndexOf('/') + 1);
        boolean validation = answer.status == 400 || answer.status == 422;
        boolean named = names(problem, c.field()) || baselineRefused && problem.path("errors").size() > 0;
        if (validation && c.field() != null && !WHOLE_REQUEST_PROBLEMS.contains(type) && !named) {
            return answer.status + " does not name " + c.field() + " ← " + c + " → " + answer.body;
        }
        return null;
    }

    /** The problem points at the field ({@code /field…}) or its detail names it. */
    private static boolean names(JsonNode problem, String field) {
        if (field == null) {
            return true;
        }
        for (JsonNode error : problem.path("errors")) {
            String pointer = error.path("pointer").asText();
            if (pointer.equals("/" + field) || pointer.startsWith("/" + field + "/")) {
                return true;
            }
        }
        return problem.path("detail").asText().contains(field);
    }

    private record Answer(int status, String contentType, String body) {
    }

    private Answer send(Case c, String token) throws IOException, InterruptedException {
        URI uri = URI.create(TestServer.get().uri() + c.path() + (c.query().isEmpty() ? "" : "?" + c.query()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        c.headers().forEach(request::header);
        if (c.body() == null) {
            request.method(c.operation().method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(c.operation().method(), HttpRequest.BodyPublishers.ofString(c.body()));
        }
        HttpResponse<InputStream> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        try (InputStream in = response.body()) {
            // A live stream (SSE) answers with headers at once and never ends: its status is what counts.
            String body = contentType.startsWith("text/event-stream") ? ""
                    : new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
            return new Answer(response.statusCode(), contentType, body);
        }
    }

    /** An org with its owner's token and one real thing of each kind a path may name. */
    private static final class Fixture {
        String owner;
        String orgId;
        String workspaceId;
        String workflowId;
        String executionId;
        String templateId;
        String keyId;
        String memberId;
        String etag;
        Map<String, Object> definition;

        static Fixture create(Api api) {
            Fixture f = new Fixture();
            TestOrg org = TestOrg.create(api);
            f.owner = org.owner().accessToken();
            f.orgId = org.id();
            f.memberId = org.member().id();
            f.workspaceId = ok(api.post(org.path() + "/workspaces", json("name", "Fuzz", "slug",
                    "fuzz-" + UUID.randomUUID().toString().substring(0, 8))).as(org.owner()).send()).text("id");
            String space = org.path() + "/workspaces/" + f.workspaceId;
            f.definition = definition(List.of(node("start", "trigger.manual", json()),
                    node("double", "data.set", json("values", json("doubled", "{{ $input.n * 2 }}")))),
                    List.of(edge("start", "double")));
            Api.Reply workflow = ok(api.post(space + "/workflows", json("name", "Fuzzed", "definition",
                    f.definition)).as(org.owner()).send());
            f.workflowId = workflow.text("id");
            f.etag = workflow.header("ETag").orElse("\"1\"");
            f.executionId = ok(api.post(space + "/workflows/" + f.workflowId + "/executions",
                    json("input", json("n", 1))).as(org.owner()).send()).text("id");
            f.templateId = ok(api.post(space + "/workflows/" + f.workflowId + "/save-as-template",
                    json("name", "Fuzz template")).as(org.owner()).send()).text("id");
            f.keyId = ok(api.post(org.path() + "/api-keys", json("name", "fuzz", "role", "viewer"))
                    .as(org.owner()).send()).text("id");
            return f;
        }

        private static Api.Reply ok(Api.Reply reply) {
            assertTrue(reply.status() / 100 == 2, reply::toString);
            return reply;
        }

        /** The real id a path parameter takes, by its name and where it sits; null when there is none. */
        String realId(String name, String path) {
            return switch (name) {
                case "orgId" -> orgId;
                case "workspaceId" -> workspaceId;
                case "workflowId" -> workflowId;
                case "keyId" -> keyId;
                case "userId" -> memberId;
                case "version" -> "1";
                case "token" -> "gi_" + orgId + "_not-a-real-secret";
                case "id" -> path.contains("/executions/{id}") ? executionId
                        : path.contains("/templates/{id}") ? templateId
                        : path.contains("/workflows/{id}") ? workflowId : null;
                default -> null;
            };
        }
    }
}
