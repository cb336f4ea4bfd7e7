package dev.glyphic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.standardwebhooks.Webhook;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed webhook ingest, measured from outside the JVM: {@code wrk} (bench/webhooks.lua) sends requests signed
 * beforehand with the Standard Webhooks library, each with a message id of its own, at fixed offered rates, to
 * {@code WEBHOOKS} webhooks of one org; every accepted call commits a queued execution before it is answered. By
 * default the engine runs those executions in the same process meanwhile (trigger.webhook → data.set), as on a
 * single-instance install; with {@code -Dglyphic.bench.engine=off} ({@code bench/run.sh webhooks-api}) the server is
 * an API-only instance, as in front of separate engine instances, and the bench takes the queued executions in their
 * place. Run it with {@code bench/run.sh webhooks}.
 */
public final class WebhookIngestBench {
    static final int WEBHOOKS = 8;
    static final int[] RATES = {100, 250, 500, 1000, 1500, 2000};
    static final int SECONDS = 15;
    /**
     * Each connection waits this long between its requests, so connections = rate × pause. Longer pauses inflate
     * wrk's latencies on this machine whatever the server (GET /health, 100/s: p50 1.7 ms with 8 connections pausing
     * 80 ms, 69 ms with 128 pausing 1.28 s); shorter ones take more off the offered rate, wrk being a closed loop.
     */
    static final int PAUSE_MS = 125;
    static final boolean ENGINE = !"off".equals(System.getProperty("glyphic.bench.engine"));
    private static final String PASSWORD = "bench-password-0123";
    private static final Pattern RESULT = Pattern.compile("RESULT requests=(\\d+) duration_us=(\\d+) non2xx=(\\d+) "
            + "errors=(\\d+) p50=(\\d+) p90=(\\d+) p99=(\\d+) max=(\\d+) wrapped=(\\w+)");

    record Hook(String path, String secret) {
    }

    record Result(int offered, double reached, double accepted, long non2xx, long errors, double p50, double p90,
                  double p99, double max, boolean wrapped) {
    }

    private final BenchRun.Target target;

    private WebhookIngestBench(BenchRun.Target target) {
        this.target = target;
    }

    public static void main(String[] args) throws Exception {
        BenchRun.run("webhooks", target -> new WebhookIngestBench(target).run(), "{\"order\": 42}",
                WebhookIngestBench::report);
    }

    private List<Result> run() throws Exception {
        ApplicationContext context = target.startServer(ENGINE ? Map.of()
                : Map.of("glyphic.engine.enabled", false));
        try {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            Api api = new Api(server.getURI());
            String email = "bench-" + target.suffix() + "@example.com";
            api.token(api.postJson("/api/v1/auth/signup", Map.of("email", email, "password", PASSWORD, "name",
                    "Bench"), 201).path("accessToken").asText());
            String org = api.postJson("/api/v1/orgs", Map.of("name", "Bench", "slug", "bench-" + target.suffix()),
                    201).path("id").asText();
            String space = "/api/v1/orgs/" + org + "/workspaces/" + api.postJson("/api/v1/orgs/" + org
                    + "/workspaces", Map.of("name", "Hooks", "slug", "hooks"), 201).path("id").asText();
            try (Connection c = target.superuserConnection(); Statement s = c.createStatement()) {
                s.execute("update organizations set max_concurrent_executions = 10000 where id = '" + org + "'");
            }
            List<Hook> hooks = new ArrayList<>();
            for (int i = 0; i < WEBHOOKS; i++) {
                api.postJson(space + "/workflows", Map.of("name", "Hook " + i, "active", true, "definition",
                        hooked()), 201);
            }
            for (JsonNode hook : api.getJson(space + "/webhooks?limit=50").path("items")) {
                String secret = api.postJson(space + "/webhooks/" + hook.path("id").asText() + "/rotate-secret",
                        Map.of(), 200).path("secret").asText();
                hooks.add(new Hook(hook.path("url").asText(), secret));
            }
            String base = "http://127.0.0.1:" + server.getPort();
            try (ScheduledExecutorService drain = Executors.newSingleThreadScheduledExecutor()) {
                if (!ENGINE) {
                    drain.scheduleWithFixedDelay(this::takeQueued, 100, 100, TimeUnit.MILLISECONDS);
                }
                BenchRun.progress("warming up at 100/s for " + SECONDS + " s");
                wrk(base, hooks, 100);
                List<Result> results = new ArrayList<>();
                for (int rate : RATES) {
                    vacuum();
                    BenchRun.progress("offering " + rate + " signed webhooks/s for " + SECONDS + " s");
                    results.add(wrk(base, hooks, rate));
                }
                drain.shutdownNow();
                return results;
            }
        } finally {
            context.close();
        }
    }

    /**
     * With no engine here, what engine instances elsewhere would do to the queue: take its runs as they come (here:
     * delete them every 100 ms), so the org's queue stays as short as a keeping-up engine keeps it.
     */
    private void takeQueued() {
        try (Connection c = target.superuserConnection(); Statement s = c.createStatement()) {
            s.execute("delete from executions where status = 'queued'");
        } catch (Exception e) {
            BenchRun.progress("could not take the queued executions: " + e.getMessage());
        }
    }

    /**
     * What the engine's and the receipts' churn leaves behind, swept between rates (autovacuum is off here).
     */
    private void vacuum() throws Exception {
        try (Connection c = target.superuserConnection(); Statement s = c.createStatement()) {
            s.execute("vacuum executions, node_runs, execution_logs, webhook_receipts, webhooks, workflows");
        }
    }

    private Result wrk(String base, List<Hook> hooks, int rate) throws Exception {
        Path file = Path.of("bench", "target", "webhook-requests.tsv");
        int perThread = (int) (rate * SECONDS * 1.3 / 2) + 100;
        long now = Instant.now().getEpochSecond();
        for (int thread = 0; thread < 2; thread++) {
            try (BufferedWriter out = Files.newBufferedWriter(Path.of(file + "." + thread), StandardCharsets.UTF_8)) {
                for (int i = 0; i < perThread; i++) {
                    Hook hook = hooks.get(i % hooks.size());
                    String id = "msg_" + UUID.randomUUID();
                    String body = "{\"order\":" + i + ",\"thread\":" + thread + "}";
                    out.write(hook.path() + "\t" + id + "\t" + now + "\t" + new Webhook(hook.secret()).sign(id, now,
                            body) + "\t" + body + "\n");
                }
            }
        }
        int connections = connections(rate);
        long delayMs = connections * 1000L / rate;
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + SECONDS + "s", "--timeout", "10s",
                "-s", "bench/webhooks.lua", base, "--", file.toString(), Long.toString(delayMs))
                .redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        Matcher m = RESULT.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no RESULT line from wrk: " + output);
        }
        long requests = Long.parseLong(m.group(1));
        double seconds = Long.parseLong(m.group(2)) / 1e6;
        long non2xx = Long.parseLong(m.group(3));
        return new Result(rate, requests / seconds, (requests - non2xx) / seconds, non2xx,
                Long.parseLong(m.group(4)), Long.parseLong(m.group(5)) / 1000.0, Long.parseLong(m.group(6)) / 1000.0,
                Long.parseLong(m.group(7)) / 1000.0, Long.parseLong(m.group(8)) / 1000.0,
                Boolean.parseBoolean(m.group(9)));
    }

    private static int connections(int rate) {
        return Math.max(2, rate * PAUSE_MS / 1000);
    }

    private static ObjectNode hooked() {
        ObjectNode definition = Api.JSON.createObjectNode();
        ArrayNode nodes = definition.putArray("nodes");
        ObjectNode hook = ExecutionBench.node(nodes, "hook", "trigger.webhook");
        hook.putObject("fields").put("method", "POST").put("respond", "immediately");
        ExecutionBench.node(nodes, "keep", "data.set").putObject("fields").putObject("values")
                .put("order", "{{ $input.body.order }}");
        definition.putArray("edges").addObject().put("id", "e1").put("source", "hook").put("target", "keep");
        return definition;
    }

    private static String report(Instant started, Report.Machine m, List<Result> results,
                                 List<PgbenchCeiling.Run> ceiling) {
        StringBuilder md = new StringBuilder("# Webhook ingest benchmark, ").append(started).append("\n\n");
        md.append("Machine: ").append(m.cpus()).append(" CPUs (").append(m.cpuModel()).append("), ")
                .append(m.memory()).append(", load ").append(m.loadAverage()).append(" at start, ")
                .append(Report.Machine.currentLoad()).append(" at end; ").append(m.postgres()).append("\n\n");
        md.append("Load: wrk -t2, rate × ").append(PAUSE_MS).append(" ms connections (each pausing ").append(PAUSE_MS)
                .append(" ms between requests), ").append(SECONDS).append(" s per rate, ")
                .append(WEBHOOKS).append(" webhooks of one org, Standard Webhooks signatures made beforehand; ")
                .append(ENGINE ? "API, engine and scheduler in one process" : "an API-only instance (engine off; "
                        + "the bench deletes the queued executions every 100 ms, as engine instances elsewhere would "
                        + "take them)")
                .append("; VACUUM between rates (autovacuum is off here).\n\n");
        md.append("| offered/s | reached/s | accepted/s | non-2xx | errors | p50 | p90 | p99 | max |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Integer knee = null;
        for (Result r : results) {
            md.append(String.format("| %d | %.0f | %.0f | %d | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%s%n",
                    r.offered(), r.reached(), r.accepted(), r.non2xx(), r.errors(), r.p50(), r.p90(), r.p99(),
                    r.max(), r.wrapped() ? " (ids reused)" : ""));
            if (knee == null && r.p99() > 50) {
                knee = r.offered();
            }
        }
        md.append("\np99 passes 50 ms at: ").append(knee == null ? "none of the offered rates" : knee + "/s")
                .append("\n\n## Ceiling: pgbench on the same PostgreSQL, same run\n\n| run | TPS | latency avg |\n|---|---:|---:|\n");
        for (PgbenchCeiling.Run run : ceiling) {
            md.append(String.format("| %s | %.0f | %.2f ms |%n", run.label(), run.tps(), run.latencyMillis()));
        }
        return md.toString();
    }
}
