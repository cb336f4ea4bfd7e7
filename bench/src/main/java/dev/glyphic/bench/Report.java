package dev.glyphic.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The run as Markdown: machine, data, results, pgbench's ceiling, ratios, and the listing's query plans. */
final class Report {
    private Report() {
    }

    /** Facts about where the numbers were taken. */
    record Machine(int cpus, String cpuModel, String memory, String loadAverage, String kernel, String java,
                   String postgres, String postgresSettings) {

        static Machine of(Connection server) throws SQLException {
            return new Machine(Runtime.getRuntime().availableProcessors(),
                    procLine("/proc/cpuinfo", "model name"), procLine("/proc/meminfo", "MemTotal"),
                    currentLoad(),
                    command("uname", "-srm"),
                    command(ProcessHandle.current().info().command().orElse("java"), "-version"),
                    query(server, "select version()"),
                    query(server, "select string_agg(name || '=' || setting || coalesce(unit, ''), ', ' order by name)"
                            + " from pg_settings where name in ('shared_buffers', 'work_mem', 'synchronous_commit',"
                            + " 'fsync', 'max_connections', 'jit', 'effective_cache_size', 'random_page_cost')"));
        }

        /** The 1, 5 and 15-minute load averages: other work on the machine while we measured. */
        static String currentLoad() {
            try {
                String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
                return fields[0] + ", " + fields[1] + ", " + fields[2];
            } catch (IOException | ArrayIndexOutOfBoundsException e) {
                return "?";
            }
        }

        private static String procLine(String file, String key) {
            try {
                return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
            } catch (IOException e) {
                return "?";
            }
        }

        private static String command(String... command) {
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                p.waitFor();
                return out.lines().collect(Collectors.joining("; "));
            } catch (IOException e) {
                return "?";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "?";
            }
        }

        private static String query(Connection c, String sql) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    static String markdown(Instant started, Machine m, Seeder.Seeded seeded, List<WorkflowBench.Result> results,
                           List<PgbenchCeiling.Run> ceiling) {
        StringBuilder md = new StringBuilder();
        md.append("# Workflow benchmark, ").append(started).append("\n\n");
        md.append("Command: `bench/run.sh`. One client, sequential HTTP/1.1 requests on one keep-alive connection to "
                + "a server in the same JVM; ").append(WorkflowBench.WARMUP).append(" warm-up requests per scenario "
                + "are not counted.\n\n");
        md.append("## Machine\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| CPUs (nproc) | ").append(m.cpus()).append(" × ").append(m.cpuModel()).append(" |\n");
        md.append("| memory | ").append(m.memory()).append(" |\n");
        md.append("| load average at start, at end (1, 5, 15 min) | ").append(m.loadAverage()).append("; ")
                .append(Machine.currentLoad()).append(" |\n");
        md.append("| kernel (uname -srm) | ").append(m.kernel()).append(" |\n");
        md.append("| java -version | ").append(m.java()).append(" |\n");
        md.append("| PostgreSQL | ").append(m.postgres()).append(" |\n");
        md.append("| PostgreSQL settings | ").append(m.postgresSettings()).append(" |\n\n");

        md.append("## Data\n\n");
        md.append(String.format(Locale.ROOT, "%,d workflows in all (the measured workspace, and %,d other orgs with "
                + "%,d each), each with its first version; seeded and VACUUM ANALYZEd in %d s. Rows of the measured "
                + "workspace per filter: %s.%n%n", seeded.workflows(), seeded.otherOrgs(), WorkflowBench.PER_OTHER_ORG,
                seeded.seconds(), seeded.measuredCounts().entrySet().stream()
                        .map(e -> "`" + e.getKey() + "` " + String.format(Locale.ROOT, "%,d", e.getValue()))
                        .collect(Collectors.joining(", "))));

        md.append("## Results\n\n");
        md.append("| scenario | request | n | p50 ms | p90 ms | p99 ms | max ms | req/s | items | response "
                + "| DB fetch p50 ms | EXPLAIN ms, generic plan | EXPLAIN ms, custom plan (the server's) |\n");
        md.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (WorkflowBench.Result r : results) {
            Latencies l = r.latencies();
            ListingProbe.Probe p = r.probe();
            md.append(String.format(Locale.ROOT,
                    "| %s | `%s` | %d | %.2f | %.2f | %.2f | %.2f | %.0f | %d | %s | %s | %s | %s |%n",
                    r.label(), r.request(), l.count(), l.percentileMillis(50), l.percentileMillis(90),
                    l.percentileMillis(99), l.maxMillis(), l.perSecond(), r.items(), size(r.responseBytes()),
                    p == null ? "" : String.format(Locale.ROOT, "%.2f", p.fetchMillis()),
                    p == null ? "" : millis(p.generic()), p == null ? "" : millis(p.custom())));
        }

        md.append("\nDB fetch: the listing's statement run as the server runs it (app role, JDBC, tenant set and "
                + "plan_cache_mode = force_custom_plan set in the transaction, every column read), median of 50 after "
                + "20 warm-up runs. EXPLAIN: its plans' execution time, which leaves out planning, detoasting and "
                + "sending the rows.\n");
        md.append("\n## Ceiling: pgbench on the same server, same run\n\n");
        md.append("Scale 10 (`pgbench -i -s 10`), on a scratch database dropped afterwards. The save-like script "
                + "stores the " + WorkflowBench.SAVE_NODES + "-node document the save scenario posts, twice, parsed "
                + "from text to jsonb (a workflow row with a derived node count, and its first version), in one "
                + "transaction that also sets the tenant, as the save does.\n\n");
        md.append("| run | command | TPS | latency avg ms |\n|---|---|--:|--:|\n");
        for (PgbenchCeiling.Run c : ceiling) {
            md.append(String.format(Locale.ROOT, "| %s | `%s` | %.0f | %.3f |%n", c.label(), c.command(), c.tps(),
                    c.latencyMillis()));
        }

        Map<String, PgbenchCeiling.Run> byLabel = ceiling.stream()
                .collect(Collectors.toMap(PgbenchCeiling.Run::label, c -> c));
        PgbenchCeiling.Run select1 = byLabel.get("select-only, 1 client");
        PgbenchCeiling.Run select8 = byLabel.get("select-only, 8 clients");
        PgbenchCeiling.Run tpcb1 = byLabel.get("TPC-B-like, 1 client");
        PgbenchCeiling.Run tpcb8 = byLabel.get("TPC-B-like, 8 clients");
        PgbenchCeiling.Run saveLike = byLabel.get(PgbenchCeiling.SAVE_LIKE);
        md.append("\n## Ratios (what should hold on a noisier or faster machine)\n\n");
        md.append("| scenario | p50 ÷ select-only latency, 1 client | req/s ÷ select-only TPS, 1 client | req/s ÷ "
                + "select-only TPS, 8 clients | p50 ÷ TPC-B latency, 1 client | p50 ÷ TPC-B latency, 8 clients "
                + "| p50 ÷ its DB part (DB fetch p50, or save-like latency) |\n");
        md.append("|---|--:|--:|--:|--:|--:|--:|\n");
        for (WorkflowBench.Result r : results) {
            Latencies l = r.latencies();
            double p50 = l.percentileMillis(50);
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.4f | %.4f | %.2f | %.2f | %.1f |%n", r.label(),
                    p50 / select1.latencyMillis(), l.perSecond() / select1.tps(), l.perSecond() / select8.tps(),
                    p50 / tpcb1.latencyMillis(), p50 / tpcb8.latencyMillis(),
                    p50 / (r.probe() == null ? saveLike.latencyMillis() : r.probe().fetchMillis())));
        }

        md.append("\n## Query plans of the listings (app role, under Row Level Security)\n\n");
        md.append("The custom plan is made for the values; it is what the server runs, because a listing's "
                + "transaction sets plan_cache_mode = force_custom_plan. The generic plan is the one a pooled, "
                + "server-prepared statement would settle on without that. Taken right after each scenario, so with "
                + "its pages cached.\n");
        for (WorkflowBench.Result r : results) {
            if (r.probe() == null) {
                continue;
            }
            ListingProbe.Plan generic = r.probe().generic();
            ListingProbe.Plan custom = r.probe().custom();
            md.append("\n### ").append(r.label()).append("\n\nGeneric plan:\n\n```\n").append(generic.text())
                    .append("```\n");
            if (custom.shape().equals(generic.shape())) {
                md.append("\nCustom plan: the same scans (").append(custom.shape()).append("), ")
                        .append(millis(custom)).append(" ms.\n");
            } else {
                md.append("\nCustom plan:\n\n```\n").append(custom.text()).append("```\n");
            }
        }
        return md.toString();
    }

    private static String millis(ListingProbe.Plan plan) {
        return String.format(Locale.ROOT, "%.2f", plan.executionMillis());
    }

    private static String size(int bytes) {
        return bytes >= 10 * 1024 ? bytes / 1024 + " KiB" : bytes + " B";
    }
}
