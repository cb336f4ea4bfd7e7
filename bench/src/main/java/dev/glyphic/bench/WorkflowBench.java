package dev.glyphic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Validate + save a 500-node workflow, and list/filter one workspace of 100,000 workflows beside 1,000 other
 * organizations, through the real HTTP API of a server started in this JVM on a fresh database; then pgbench on the
 * same PostgreSQL as the ceiling. One client, sequential requests. Run it with {@code bench/run.sh}.
 */
public final class WorkflowBench {
    static final String TAG = "video";
    static final String PREFIX = "Publish Recipe";
    static final String CONTAINS = "ref-042";
    static final int MEASURED_WORKFLOWS = 100_000;
    static final int OTHER_ORGS = 1_000;
    static final int PER_OTHER_ORG = 100;
    static final int SAVE_NODES = 500;
    static final int WARMUP = 50;
    static final int SAVE_SAMPLES = 300;
    static final int LIST_SAMPLES = 500;
    static final int PAGE = 50;
    private static final String PASSWORD = "bench-password-0123";

    /** One measured scenario; {@code probe} is what its statement costs in the database, when it is a listing. */
    record Result(String label, String request, Latencies latencies, int responseBytes, int items,
                  ListingProbe.Probe probe) {
    }

    private final BenchRun.Target target;
    private Api api;
    private String email;

    private WorkflowBench(BenchRun.Target target) {
        this.target = target;
    }

    public static void main(String[] args) throws Exception {
        BenchRun.run("workflows", target -> new WorkflowBench(target).run(),
                Api.JSON.writeValueAsString(chain(SAVE_NODES)),
                (started, machine, outcome, ceiling) -> Report.markdown(started, machine, outcome.seeded(),
                        outcome.results(), ceiling));
    }

    private record Outcome(Seeder.Seeded seeded, List<Result> results) {
    }

    private Outcome run() throws Exception {
        ApplicationContext context = target.startServer();
        try {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            api = new Api(server.getURI());
            progress("server on " + server.getURI() + ", database " + target.db().url());

            email = "bench-" + target.suffix() + "@example.com";
            JsonNode tokens = api.postJson("/api/v1/auth/signup", Map.of("email", email, "password", PASSWORD,
                    "name", "Bench"), 201);
            api.token(tokens.path("accessToken").asText());
            UUID userId = UUID.fromString(tokens.path("user").path("id").asText());
            UUID org = id(api.postJson("/api/v1/orgs", Map.of("name", "Bench", "slug", "bench-" + target.suffix()), 201));
            String orgPath = "/api/v1/orgs/" + org + "/workspaces";
            UUID listing = id(api.postJson(orgPath, Map.of("name", "Listing", "slug", "listing"), 201));
            UUID saves = id(api.postJson(orgPath, Map.of("name", "Saves", "slug", "saves"), 201));

            progress("seeding " + MEASURED_WORKFLOWS + " workflows, and " + OTHER_ORGS + " orgs with "
                    + PER_OTHER_ORG + " each");
            Seeder.Seeded seeded;
            try (Connection c = target.superuserConnection()) {
                seeded = Seeder.seed(c, org, listing, userId, MEASURED_WORKFLOWS, OTHER_ORGS, PER_OTHER_ORG);
            }
            progress("seeded " + seeded.workflows() + " workflows in " + seeded.seconds() + " s: "
                    + seeded.measuredCounts());

            List<Result> results = new ArrayList<>();
            results.add(save(orgPath + "/" + saves + "/workflows"));
            List<ListCase> cases = listCases(orgPath + "/" + listing + "/workflows", listing,
                    orgPath + "/" + saves + "/workflows", saves);
            login();
            progress("warming up: every listing " + WARMUP + " times, round-robin");
            for (int i = 0; i < WARMUP; i++) {
                for (ListCase c : cases) {
                    Api.expect(api.get(c.path() + c.query()), 200, c.label());
                }
            }
            for (ListCase c : cases) {
                results.add(list(org, c));
            }
            return new Outcome(seeded, results);
        } finally {
            context.close();
        }
    }

    /** Scenario 1: POST a valid chain of SAVE_NODES nodes; every answer must be 201 with a valid workflow. */
    private Result save(String path) throws Exception {
        login();
        byte[] body = Api.JSON.writeValueAsBytes(Map.of("name", "Chain of " + SAVE_NODES,
                "definition", chain(SAVE_NODES)));
        JsonNode created = Api.expect(api.post(path, body), 201, "POST " + path).json();
        if (created.path("nodeCount").asInt() != SAVE_NODES || !created.path("valid").asBoolean()) {
            throw new IllegalStateException("the saved workflow is not a valid " + SAVE_NODES + "-node one: "
                    + created.path("nodeCount") + " nodes, valid=" + created.path("valid"));
        }
        var measured = measure("validate + save " + SAVE_NODES + " nodes", SAVE_SAMPLES, 201,
                () -> api.post(path, body));
        return new Result("validate + save, " + SAVE_NODES + " nodes (" + body.length / 1024 + " KiB body)",
                "POST …/workflows", measured.latencies(), measured.lastBytes(), 1, null);
    }

    /** One listing: the request, and the conditions its statement gets beyond org, workspace and trash. */
    private record ListCase(String label, UUID workspace, String path, String query, ListingProbe.Filter filter) {
    }

    /** Scenarios 2-9 on the seeded workspace, and one on the workspace the saves went to. */
    private List<ListCase> listCases(String workflows, UUID listing, String savedWorkflows, UUID saves) {
        String first = "?limit=" + PAGE;
        JsonNode page = Api.expect(api.get(workflows + first), 200, "GET " + workflows).json();
        JsonNode last = page.path("items").get(PAGE - 1);
        return List.of(
                new ListCase("list, newest first", listing, workflows, first,
                        ListingProbe.Filter.none(ListingProbe.BY_UPDATED)),
                new ListCase("tag (~10%)", listing, workflows, first + "&tag=" + TAG,
                        new ListingProbe.Filter("tags @> array[?::text]", List.of(TAG), ListingProbe.BY_UPDATED)),
                new ListCase("name prefix (~1%)", listing, workflows, first + "&name=" + encode(PREFIX),
                        new ListingProbe.Filter("name_key >= lower(?) and name_key < lower(?) || chr(1114111)",
                                List.of(PREFIX, PREFIX), ListingProbe.BY_UPDATED)),
                new ListCase("name contains (~0.1%)", listing, workflows, first + "&q=" + encode(CONTAINS),
                        new ListingProbe.Filter("name_key like '%' || lower(?) || '%'", List.of(CONTAINS),
                                ListingProbe.BY_UPDATED)),
                new ListCase("nodeType=flow.approval (~5%)", listing, workflows, first + "&nodeType=flow.approval",
                        new ListingProbe.Filter("definition -> 'nodes' @> ?::jsonb",
                                List.of("[{\"data\":{\"nodeType\":\"flow.approval\"}}]"), ListingProbe.BY_UPDATED)),
                new ListCase("sort=name", listing, workflows, first + "&sort=name",
                        ListingProbe.Filter.none(ListingProbe.BY_NAME)),
                new ListCase("second page (cursor)", listing, workflows,
                        first + "&cursor=" + encode(page.path("nextCursor").asText()),
                        new ListingProbe.Filter("(updated_at, id) < (?, ?)", List.of(
                                Instant.parse(last.path("updatedAt").asText()),
                                UUID.fromString(last.path("id").asText())), ListingProbe.BY_UPDATED)),
                new ListCase("active=true & tag (~5%)", listing, workflows, first + "&active=true&tag=" + TAG,
                        new ListingProbe.Filter("tags @> array[?::text] and is_active = ?", List.of(TAG, true),
                                ListingProbe.BY_UPDATED)),
                new ListCase("list of " + SAVE_NODES + "-node workflows", saves, savedWorkflows, first,
                        ListingProbe.Filter.none(ListingProbe.BY_UPDATED)));
    }

    /** A list scenario: GET path+query, which must answer 200; then what its statement costs in the database. */
    private Result list(UUID org, ListCase c) throws Exception {
        login();
        var measured = measure(c.label(), LIST_SAMPLES, 200, () -> api.get(c.path() + c.query()));
        int items = measured.last().json().path("items").size();
        ListingProbe.Probe probe = ListingProbe.probe(target.db(), org, c.workspace(), c.filter(), PAGE);
        return new Result(c.label(), "GET …/workflows" + c.query().replaceAll("cursor=[^&]+", "cursor=…"),
                measured.latencies(), measured.lastBytes(), items, probe);
    }

    private record Measured(Latencies latencies, Api.Answer last) {
        int lastBytes() {
            return last.body().length;
        }
    }

    /** WARMUP requests, then {@code samples} timed ones, one after the other; any other status stops the run. */
    private static Measured measure(String label, int samples, int expected, Supplier<Api.Answer> call) {
        progress(label + ": " + WARMUP + " warm-up + " + samples + " measured requests");
        Latencies latencies = new Latencies(samples);
        Api.Answer last = null;
        for (int i = 0; i < WARMUP + samples; i++) {
            long started = System.nanoTime();
            last = call.get();
            long elapsed = System.nanoTime() - started;
            Api.expect(last, expected, label + " (request " + (i + 1) + ")");
            if (i >= WARMUP) {
                latencies.add(elapsed);
            }
        }
        return new Measured(latencies, last);
    }

    /** A fresh access token before each scenario: they live 10 minutes, and seeding may take longer. */
    private void login() {
        api.token(null);
        api.token(api.postJson("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD), 200)
                .path("accessToken").asText());
    }

    /** A manual trigger, then n - 1 data.set nodes in a chain, each edge from "output" to "input". */
    static ObjectNode chain(int n) {
        ObjectNode definition = Api.JSON.createObjectNode();
        ArrayNode nodes = definition.putArray("nodes");
        ArrayNode edges = definition.putArray("edges");
        for (int i = 0; i < n; i++) {
            ObjectNode node = nodes.addObject();
            node.put("id", "n" + i);
            node.put("type", "glyphic");
            node.putObject("position").put("x", i * 240).put("y", 80);
            ObjectNode data = node.putObject("data");
            data.put("nodeType", i == 0 ? "trigger.manual" : "data.set");
            data.put("label", i == 0 ? "Start" : "Set " + i);
            ObjectNode fields = data.putObject("fields");
            if (i > 0) {
                fields.putObject("values").put("n", "{{ $input.n }}");
                edges.addObject().put("id", "e" + i).put("source", "n" + (i - 1)).put("sourceHandle", "output")
                        .put("target", "n" + i).put("targetHandle", "input");
            }
        }
        return definition;
    }

    private static UUID id(JsonNode created) {
        return UUID.fromString(created.path("id").asText());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }



    static void progress(String message) {
        BenchRun.progress(message);
    }
}
