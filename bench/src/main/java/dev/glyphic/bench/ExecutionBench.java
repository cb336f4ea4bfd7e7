package dev.glyphic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Executions of a 3-node workflow with no external I/O (manual trigger → data.set → data.set), triggered over the
 * real HTTP API of a server started in this JVM (API and engine in one process, as by default), on a fresh
 * database; then pgbench on the same PostgreSQL as the ceiling. Two scenarios:
 * <ol>
 * <li><b>throughput</b>: {@code CLIENTS} clients trigger {@code BURST} runs as fast as the API answers; executions
 * per second is runs over the time from the first trigger to the last completion.</li>
 * <li><b>fixed arrival rate</b>: runs are triggered at {@code RATE}/s for {@code RATE_SECONDS}, each on its own
 * virtual thread whatever the previous one is doing (an open loop); trigger-to-done is from the moment the client
 * sends the request to the execution's recorded completion.</li>
 * <li><b>engine alone</b>: {@code BURST} runs queued by one SQL statement, drained by the engine with no API in
 * front, to show the engine's own headroom.</li>
 * </ol>
 * The org's concurrency quota is raised for the run, so that the engine, not the quota, is what is measured.
 *
 * <p>When the server runs with {@code autovacuum = off} (as this project's CI machine does), the bench VACUUMs
 * {@code executions} and {@code node_runs} itself every {@code VACUUM_EVERY}, standing in for autovacuum: the engine's
 * queue indexes need their dead entries removed, and without any vacuum a claim steps over every run since the
 * start (measured: 70-110 executions/s instead of 220). The report says which it was.
 * Run it with {@code bench/run.sh executions}.
 */
public final class ExecutionBench {
    static final int WARMUP = 300;
    static final int CLIENTS = 16;
    static final int BURST = 6_000;
    static final int RATE = 200;
    static final int RATE_SECONDS = 30;
    static final Duration COMPLETION_DEADLINE = Duration.ofMinutes(5);
    static final Duration VACUUM_EVERY = Duration.ofSeconds(5);
    private static final String PASSWORD = "bench-password-0123";

    /** One scenario's outcome. */
    record Result(String label, int runs, double executionsPerSecond, Latencies triggerToDone, double triggerRate,
                  long failed) {
    }

    /** What stood in for autovacuum during the run, for the report. */
    static volatile String vacuuming = "autovacuum (on)";

    private final BenchRun.Target target;
    private Api api;
    private UUID org;
    private String runPath;

    private ExecutionBench(BenchRun.Target target) {
        this.target = target;
    }

    public static void main(String[] args) throws Exception {
        BenchRun.run("executions", target -> new ExecutionBench(target).run(),
                Api.JSON.writeValueAsString(threeNodes()), ExecutionBench::report);
    }

    private List<Result> run() throws Exception {
        ApplicationContext context = target.startServer();
        try {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            api = new Api(server.getURI());
            WorkflowBench.progress("server on " + server.getURI() + ", database " + target.db().url());
            String email = "bench-" + target.suffix() + "@example.com";
            JsonNode tokens = api.postJson("/api/v1/auth/signup", Map.of("email", email, "password", PASSWORD,
                    "name", "Bench"), 201);
            api.token(tokens.path("accessToken").asText());
            org = UUID.fromString(api.postJson("/api/v1/orgs", Map.of("name", "Bench", "slug", "bench-" + target.suffix()),
                    201).path("id").asText());
            String workspaces = "/api/v1/orgs/" + org + "/workspaces";
            String workspace = api.postJson(workspaces, Map.of("name", "Runs", "slug", "runs"), 201).path("id")
                    .asText();
            String workflow = api.postJson(workspaces + "/" + workspace + "/workflows",
                    Map.of("name", "Three nodes", "definition", threeNodes()), 201).path("id").asText();
            runPath = workspaces + "/" + workspace + "/workflows/" + workflow + "/executions";
            sql("update organizations set max_concurrent_executions = 10000 where id = ?", org);
            standInForAutovacuum();

            WorkflowBench.progress("warming up: " + WARMUP + " runs");
            burst(WARMUP, CLIENTS);
            List<Result> results = new ArrayList<>();
            WorkflowBench.progress("throughput: " + BURST + " runs from " + CLIENTS + " clients");
            results.add(burst(BURST, CLIENTS));
            WorkflowBench.progress("fixed arrival rate: " + RATE + "/s for " + RATE_SECONDS + " s");
            results.add(fixedRate(RATE, RATE_SECONDS));
            WorkflowBench.progress("engine alone: " + BURST + " runs queued at once in the database");
            results.add(drain(BURST));
            return results;
        } finally {
            context.close();
        }
    }

    /** With autovacuum off, a daemon thread VACUUMs the engine's queue tables every VACUUM_EVERY, as it would. */
    private void standInForAutovacuum() throws SQLException {
        try (Connection c = target.superuserConnection();
             var s = c.createStatement(); var rs = s.executeQuery("show autovacuum")) {
            rs.next();
            if (!"off".equals(rs.getString(1))) {
                return;
            }
        }
        vacuuming = "autovacuum is off on this server; the bench ran VACUUM executions, node_runs every "
                + VACUUM_EVERY.toSeconds() + " s in its place";
        WorkflowBench.progress(vacuuming);
        Thread.ofPlatform().daemon().name("bench-vacuum").start(() -> {
            try (Connection c = target.superuserConnection();
                 var s = c.createStatement()) {
                while (true) {
                    TimeUnit.MILLISECONDS.sleep(VACUUM_EVERY.toMillis()); // a schedule, as autovacuum's naptime
                    s.execute("vacuum executions, node_runs");
                }
            } catch (SQLException | InterruptedException e) {
                WorkflowBench.progress("stand-in vacuum stopped: " + e.getMessage());
            }
        });
    }

    /** Closed loop: {@code clients} threads trigger {@code runs} runs back to back. */
    private Result burst(int runs, int clients) throws Exception {
        Map<UUID, Long> sentAt = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        byte[] body = Api.JSON.writeValueAsBytes(Map.of("input", Map.of("n", 1)));
        long first = System.currentTimeMillis();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (next.getAndIncrement() < runs) {
                        trigger(body, sentAt);
                    }
                    return null;
                });
            }
        }
        double triggerSeconds = (System.currentTimeMillis() - first) / 1000.0;
        return measureCompletions("throughput, " + clients + " clients back to back", sentAt, first,
                runs / triggerSeconds);
    }

    /** Open loop: one trigger every 1/rate s on its own virtual thread, whether or not earlier ones answered. */
    private Result fixedRate(int rate, int seconds) throws Exception {
        Map<UUID, Long> sentAt = new ConcurrentHashMap<>();
        byte[] body = Api.JSON.writeValueAsBytes(Map.of("input", Map.of("n", 1)));
        int runs = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        long first = System.currentTimeMillis();
        long start = System.nanoTime();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < runs; i++) {
                long due = start + i * periodNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait); // pacing the arrivals is the point here, not synchronisation
                }
                senders.submit(() -> trigger(body, sentAt));
            }
        }
        double triggerSeconds = (System.currentTimeMillis() - first) / 1000.0;
        return measureCompletions("fixed arrival rate, " + rate + "/s for " + seconds + " s", sentAt, first,
                runs / triggerSeconds);
    }

    /**
     * The engine alone, without the API in front: {@code runs} copies of a finished run are queued by one SQL
     * statement, and the engine (woken by its idle poll) drains them. Trigger-to-done is from that statement's commit.
     */
    private Result drain(int runs) throws Exception {
        Map<UUID, Long> queuedAt = new ConcurrentHashMap<>();
        try (Connection c = target.superuserConnection();
             PreparedStatement s = c.prepareStatement("insert into executions (org_id, id, workspace_id, "
                     + "workflow_id, workflow_version, status, trigger_type, trigger_data, input, started_by_user, "
                     + "entry_nodes, timeout_ms, created_at) "
                     + "select e.org_id, uuid_v7(), e.workspace_id, e.workflow_id, e.workflow_version, "
                     + "'queued', e.trigger_type, e.trigger_data, e.input, e.started_by_user, e.entry_nodes, "
                     + "e.timeout_ms, clock_timestamp() "
                     + "from (select * from executions where org_id = ? and status = 'succeeded' limit 1) e, "
                     + "generate_series(1, ?) returning id")) {
            s.setObject(1, org);
            s.setInt(2, runs);
            List<UUID> ids = new ArrayList<>(runs);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            long committed = System.currentTimeMillis(); // autocommit: the statement's end is its commit
            ids.forEach(id -> queuedAt.put(id, committed));
            return measureCompletions("engine alone, " + runs + " runs queued at once", queuedAt, committed,
                    Double.NaN);
        }
    }

    private void trigger(byte[] body, Map<UUID, Long> sentAt) {
        long sent = System.currentTimeMillis();
        JsonNode execution = Api.expect(api.post(runPath, body), 201, "POST " + runPath).json();
        sentAt.put(UUID.fromString(execution.path("id").asText()), sent);
    }

    /** Waits until every triggered run has ended, then reads when each did. */
    private Result measureCompletions(String label, Map<UUID, Long> sentAt, long first, double triggerRate)
            throws Exception {
        Instant deadline = Instant.now().plus(COMPLETION_DEADLINE);
        try (Connection c = target.superuserConnection()) {
            while (unfinished(c) > 0) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("runs still unfinished after " + COMPLETION_DEADLINE);
                }
                TimeUnit.MILLISECONDS.sleep(100); // polling a benchmark's progress, not synchronising a test
            }
            Latencies latencies = new Latencies(sentAt.size());
            long last = first;
            long failed = 0;
            try (PreparedStatement s = c.prepareStatement("select id, status, completed_at from executions "
                    + "where org_id = ? and id = any(?)")) {
                s.setObject(1, org);
                s.setArray(2, c.createArrayOf("uuid", sentAt.keySet().toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long done = rs.getTimestamp("completed_at").getTime();
                        if (!"succeeded".equals(rs.getString("status"))) {
                            failed++;
                        }
                        long sent = sentAt.get(rs.getObject("id", UUID.class));
                        latencies.add(Math.max(0, done - sent) * 1_000_000L);
                        last = Math.max(last, done);
                    }
                }
            }
            if (failed > 0) {
                throw new IllegalStateException(failed + " of " + sentAt.size() + " runs did not succeed");
            }
            double seconds = (last - first) / 1000.0;
            WorkflowBench.progress(String.format("%s: %d runs, %.0f executions/s, p50 %.0f ms, p99 %.0f ms", label,
                    sentAt.size(), sentAt.size() / seconds, latencies.percentileMillis(50),
                    latencies.percentileMillis(99)));
            return new Result(label, sentAt.size(), sentAt.size() / seconds, latencies, triggerRate, failed);
        }
    }

    private long unfinished(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from executions where org_id = ? "
                + "and status in ('queued', 'running', 'waiting')")) {
            s.setObject(1, org);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void sql(String statement, Object parameter) throws SQLException {
        try (Connection c = target.superuserConnection();
             PreparedStatement s = c.prepareStatement(statement)) {
            s.setObject(1, parameter);
            s.executeUpdate();
        }
    }

    /** trigger.manual → data.set (n + 1) → data.set (n × 10). */
    static ObjectNode threeNodes() {
        ObjectNode definition = Api.JSON.createObjectNode();
        ArrayNode nodes = definition.putArray("nodes");
        ArrayNode edges = definition.putArray("edges");
        node(nodes, "start", "trigger.manual");
        node(nodes, "add", "data.set").putObject("fields").putObject("values").put("n", "{{ $input.n + 1 }}");
        node(nodes, "times", "data.set").putObject("fields").putObject("values").put("n", "{{ $input.n * 10 }}");
        edges.addObject().put("id", "e1").put("source", "start").put("target", "add");
        edges.addObject().put("id", "e2").put("source", "add").put("target", "times");
        return definition;
    }

    /** A node of a definition in the format the API takes; answers its {@code data}, where its fields go. */
    static ObjectNode node(ArrayNode nodes, String id, String type) {
        ObjectNode node = nodes.addObject();
        node.put("id", id);
        node.put("type", "glyphic");
        ObjectNode data = node.putObject("data");
        data.put("nodeType", type);
        data.put("label", id);
        return data;
    }

    private static String report(Instant started, Report.Machine m, List<Result> results,
                                 List<PgbenchCeiling.Run> ceiling) {
        StringBuilder md = new StringBuilder("# Execution benchmark, ").append(started).append("\n\n");
        md.append("Machine: ").append(m.cpus()).append(" CPUs (").append(m.cpuModel()).append("), ")
                .append(m.memory()).append(", load ").append(m.loadAverage()).append(" at start, ")
                .append(Report.Machine.currentLoad()).append(" at end; ").append(m.postgres()).append("\n\n");
        md.append("Workflow: trigger.manual → data.set → data.set, triggered with POST …/workflows/{id}/executions "
                + "(API and engine in one process, engine defaults). Vacuum: ").append(vacuuming).append(".\n\n");
        md.append("| scenario | runs | triggers/s | executions/s | trigger-to-done p50 | p99 | max |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            md.append(String.format("| %s | %d | %s | %.0f | %.0f ms | %.0f ms | %.0f ms |%n", r.label(), r.runs(),
                    Double.isNaN(r.triggerRate()) ? "—" : String.format("%.0f", r.triggerRate()),
                    r.executionsPerSecond(), r.triggerToDone().percentileMillis(50),
                    r.triggerToDone().percentileMillis(99), r.triggerToDone().maxMillis()));
        }
        md.append("\n## Ceiling: pgbench on the same PostgreSQL, same run\n\n| run | TPS | latency avg |\n|---|---:|---:|\n");
        for (PgbenchCeiling.Run run : ceiling) {
            md.append(String.format("| %s | %.0f | %.2f ms |%n", run.label(), run.tps(), run.latencyMillis()));
        }
        double tpcb = ceiling.stream().filter(r -> r.label().toLowerCase().contains("tpc-b")).mapToDouble(
                PgbenchCeiling.Run::tps).findFirst().orElse(Double.NaN);
        md.append(String.format("%nThroughput as a share of the TPC-B ceiling: %.0f executions/s ÷ %.0f TPS = %.2f "
                + "executions per pgbench transaction.%n", results.get(0).executionsPerSecond(), tpcb,
                results.get(0).executionsPerSecond() / tpcb));
        return md.toString();
    }


}
