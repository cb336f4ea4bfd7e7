package dev.glyphic.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code SCHEDULES} schedules due in the same minute: {@code SCHEDULES} active workflows created through the API,
 * each with a schedule for one minute {@code LEAD} ahead ({@code m h d M *}, UTC), so that the slot finds them all
 * registered and nothing else firing. Fire lag is the execution's creation time minus its slot (when the scheduler started it, inside its
 * batch's transaction); "all committed" is when the last of them became visible, polled every 100 ms from outside.
 * Run it with {@code bench/run.sh schedules}.
 */
public final class ScheduleLagBench {
    static final int SCHEDULES = Integer.getInteger("schedules", 10_000);
    static final Duration LEAD = Duration.ofMinutes(Integer.getInteger("leadMinutes", 5));
    /** Off ({@code bench/run.sh schedules-split}): a scheduler and API instance, its runs left to engines elsewhere. */
    static final boolean ENGINE = !"off".equals(System.getProperty("glyphic.bench.engine"));
    private static final String PASSWORD = "bench-password-0123";

    record Result(int schedules, Instant slot, long fired, double p50, double p99, double max, double allVisible) {
    }

    private final BenchRun.Target target;

    private ScheduleLagBench(BenchRun.Target target) {
        this.target = target;
    }

    public static void main(String[] args) throws Exception {
        BenchRun.run("schedules", target -> new ScheduleLagBench(target).run(), "{\"scheduledFor\": \"x\"}",
                ScheduleLagBench::report);
    }

    private Result run() throws Exception {
        ApplicationContext context = target.startServer(ENGINE ? Map.of()
                : Map.of("glyphic.engine.enabled", false));
        try {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            Api api = new Api(server.getURI());
            api.token(api.postJson("/api/v1/auth/signup", Map.of("email", "bench-" + target.suffix()
                    + "@example.com", "password", PASSWORD, "name", "Bench"), 201).path("accessToken").asText());
            String org = api.postJson("/api/v1/orgs", Map.of("name", "Bench", "slug", "bench-" + target.suffix()),
                    201).path("id").asText();
            String space = "/api/v1/orgs/" + org + "/workspaces/" + api.postJson("/api/v1/orgs/" + org
                    + "/workspaces", Map.of("name", "Clock", "slug", "clock"), 201).path("id").asText();
            try (Connection c = target.superuserConnection(); Statement s = c.createStatement()) {
                s.execute("update organizations set max_concurrent_executions = 10000 where id = '" + org + "'");
            }
            Instant slot = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(LEAD);
            ObjectNode definition = at(slot);
            BenchRun.progress("creating " + SCHEDULES + " workflows, each with a schedule for " + slot);
            try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                List<Future<?>> created = new ArrayList<>();
                for (int i = 0; i < SCHEDULES; i++) {
                    int n = i;
                    created.add(pool.submit(() -> api.postJson(space + "/workflows", Map.of("name", "Tick " + n,
                            "active", true, "definition", definition), 201)));
                }
                for (Future<?> future : created) {
                    future.get();
                }
            }
            if (!Instant.now().isBefore(slot)) {
                throw new IllegalStateException("creating the schedules outlasted the lead; raise -DleadMinutes");
            }
            BenchRun.progress("all created; waiting for the slot " + slot);
            double allVisible = awaitAll(slot);
            return measure(slot, allVisible);
        } finally {
            context.close();
        }
    }

    /** Seconds after the slot at which every schedule's run for it was visible; NaN if not within two minutes. */
    private double awaitAll(Instant slot) throws Exception {
        Instant deadline = slot.plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(slot)) {
            Thread.sleep(100); // waiting for the wall clock's slot, not synchronising with the server
        }
        try (Connection c = target.superuserConnection(); PreparedStatement count = c.prepareStatement(
                "select count(*) from executions where trigger_type = 'schedule' and trigger_data->>'scheduledFor' = ?")) {
            count.setString(1, slot.toString());
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) >= SCHEDULES) {
                        return Duration.between(slot, Instant.now()).toMillis() / 1000.0;
                    }
                }
                Thread.sleep(100); // a poll of the database from outside, not a test's synchronisation
            }
        }
        return Double.NaN;
    }

    private Result measure(Instant slot, double allVisible) throws Exception {
        try (Connection c = target.superuserConnection(); PreparedStatement q = c.prepareStatement("""
                select count(*),
                       percentile_cont(0.5) within group (order by lag),
                       percentile_cont(0.99) within group (order by lag),
                       max(lag)
                from (select extract(epoch from created_at - (trigger_data->>'scheduledFor')::timestamptz) as lag
                      from executions where trigger_type = 'schedule' and trigger_data->>'scheduledFor' = ?) l""")) {
            q.setString(1, slot.toString());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new Result(SCHEDULES, slot, rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                        allVisible);
            }
        }
    }

    private static ObjectNode at(Instant slot) {
        var utc = slot.atZone(java.time.ZoneOffset.UTC);
        String cron = utc.getMinute() + " " + utc.getHour() + " " + utc.getDayOfMonth() + " " + utc.getMonthValue()
                + " *";
        ObjectNode definition = Api.JSON.createObjectNode();
        ArrayNode nodes = definition.putArray("nodes");
        ObjectNode tick = nodes.addObject().put("id", "tick").put("type", "glyphic").putObject("data")
                .put("nodeType", "trigger.schedule").put("label", "tick");
        tick.putObject("fields").put("cron", cron).put("timezone", "UTC").put("missedRuns", "run_once");
        ObjectNode note = nodes.addObject().put("id", "note").put("type", "glyphic").putObject("data")
                .put("nodeType", "data.set").put("label", "note");
        note.putObject("fields").putObject("values").put("at", "{{ $input.scheduledFor }}");
        definition.putArray("edges").addObject().put("id", "e1").put("source", "tick").put("target", "note");
        return definition;
    }

    private static String report(Instant started, Report.Machine m, Result r, List<PgbenchCeiling.Run> ceiling) {
        StringBuilder md = new StringBuilder("# Schedule fire-lag benchmark, ").append(started).append("\n\n");
        md.append("Machine: ").append(m.cpus()).append(" CPUs (").append(m.cpuModel()).append("), ")
                .append(m.memory()).append(", load ").append(m.loadAverage()).append(" at start, ")
                .append(Report.Machine.currentLoad()).append(" at end; ").append(m.postgres()).append("\n\n");
        md.append(String.format("%d schedules due at %s (one org; %s, scheduler defaults, created %d min ahead): "
                        + "%d runs started; fire lag p50 %.2f s, p99 %.2f s, max %.2f s; all committed and visible "
                        + "%.2f s after the slot.%n", r.schedules(), r.slot(), ENGINE
                        ? "API, engine and scheduler in one process" : "API and scheduler, engine off",
                LEAD.toMinutes(), r.fired(), r.p50(), r.p99(), r.max(), r.allVisible()));
        md.append("\n## Ceiling: pgbench on the same PostgreSQL, same run\n\n| run | TPS | latency avg |\n|---|---:|---:|\n");
        for (PgbenchCeiling.Run run : ceiling) {
            md.append(String.format("| %s | %.0f | %.2f ms |%n", run.label(), run.tps(), run.latencyMillis()));
        }
        return md.toString();
    }
}
