package dev.glyphic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glyphic.persistence.setup.DatabasePreparation;
import dev.glyphic.persistence.setup.DatabaseSettings;
import dev.glyphic.persistence.setup.Provisioning;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The schedules' exactly-once promise, shown with two real server processes on one database: {@code SCHEDULES}
 * workflows fire every minute for {@code MINUTES} minutes while one instance, then both, are killed with SIGKILL and
 * started again. Every schedule must have exactly one execution for every slot of the window: none twice (two
 * instances, a restart), none lost (the minute when both were down fires when they are back, per {@code run_once}).
 *
 * <p>Run with {@code bench/run.sh schedule-twins} (about 8 minutes). Exit code 1 when a slot has no execution or
 * more than one.
 */
public final class ScheduleTwinsCheck {
    private static final int SCHEDULES = Integer.getInteger("schedules", 1_000);
    private static final int MINUTES = Integer.getInteger("minutes", 5);
    private static final String PASSWORD = "correct horse battery staple";

    private final DatabaseSettings db;
    private final String suffix;
    private final List<Instance> instances = new ArrayList<>();

    private ScheduleTwinsCheck(DatabaseSettings db, String suffix) {
        this.db = db;
        this.suffix = suffix;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", "logback-bench.xml");
        String serverUrl = env("GLYPHIC_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env("GLYPHIC_BENCH_DB_USER", "postgres");
        String password = env("GLYPHIC_BENCH_DB_PASSWORD", "");
        String suffix = HexFormat.of().formatHex(BenchRun.random(6));
        String database = "glyphic_twins_" + suffix;
        String admin = "glyphic_twins_owner_" + suffix;
        String app = "glyphic_twins_app_" + suffix;
        boolean exact;
        try (Connection server = DriverManager.getConnection(serverUrl, user, password)) {
            try {
                DatabaseSettings db = Provisioning.ensure(server, serverUrl, database, admin, app, "twins-" + suffix);
                DatabasePreparation.prepare(db);
                exact = new ScheduleTwinsCheck(db, suffix).run();
            } finally {
                Provisioning.drop(server, database, app, admin);
            }
        }
        System.exit(exact ? 0 : 1);
    }

    private boolean run() throws Exception {
        String jwtSecret = Base64.getEncoder().encodeToString(BenchRun.random(48));
        String masterKey = Base64.getEncoder().encodeToString(BenchRun.random(32));
        Instance a = new Instance("a", freePort(), jwtSecret, masterKey);
        Instance b = new Instance("b", freePort(), jwtSecret, masterKey);
        instances.addAll(List.of(a, b));
        try {
            a.start();
            b.start();
            Api api = new Api(URI.create("http://127.0.0.1:" + a.port + "/"));
            JsonNode tokens = api.postJson("/api/v1/auth/signup", Map.of("email", "twins-" + suffix + "@example.com",
                    "password", PASSWORD, "name", "Twins"), 201);
            api.token(tokens.path("accessToken").asText());
            String org = api.postJson("/api/v1/orgs", Map.of("name", "Twins", "slug", "twins-" + suffix), 201)
                    .path("id").asText();
            String workspaces = "/api/v1/orgs/" + org + "/workspaces";
            String workspace = api.postJson(workspaces, Map.of("name", "Clock", "slug", "clock"), 201).path("id")
                    .asText();
            sql("update organizations set max_concurrent_executions = 1000 where id = ?::uuid", org);

            progress("creating " + SCHEDULES + " active workflows, each firing every minute");
            createWorkflows(api, workspaces + "/" + workspace + "/workflows");
            Instant first = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
            Instant last = first.plus(Duration.ofMinutes(MINUTES - 1));
            progress("window: the slots from " + first + " to " + last);

            // Minute 2: instance a dies; minute 3: b dies too, so minute 3's slot (index 2) finds nobody up;
            // both come back 30 s into minute 4 and owe that slot (run_once).
            waitUntil(first.plus(Duration.ofMinutes(1)).plusSeconds(10));
            progress("kill -9 instance a");
            a.kill();
            waitUntil(first.plus(Duration.ofMinutes(2)).minusSeconds(10));
            progress("kill -9 instance b: nobody is up at " + first.plus(Duration.ofMinutes(2)));
            b.kill();
            waitUntil(first.plus(Duration.ofMinutes(2)).plusSeconds(30));
            progress("starting a and b again");
            a.start();
            b.start();
            waitUntil(last.plus(Duration.ofSeconds(90)));
            return verdict(first, last);
        } finally {
            instances.forEach(Instance::kill);
        }
    }

    private void createWorkflows(Api api, String path) throws Exception {
        ObjectNode definition = everyMinute();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> created = new ArrayList<>();
            for (int i = 0; i < SCHEDULES; i++) {
                String name = "Every minute " + i;
                created.add(pool.submit(() -> api.postJson(path, Map.of("name", name, "active", true,
                        "definition", definition), 201)));
            }
            for (Future<?> future : created) {
                future.get();
            }
        }
    }

    /** Counts executions per workflow and slot; every slot of the window must have exactly one. */
    private boolean verdict(Instant first, Instant last) throws SQLException {
        String counts = """
                with slots as (
                    select w.id as workflow_id, s as slot
                    from workflows w, generate_series(?::timestamptz, ?::timestamptz, interval '1 minute') s),
                fired as (
                    select workflow_id, (trigger_data->>'scheduledFor')::timestamptz as slot, count(*) as n
                    from executions where trigger_type = 'schedule' group by 1, 2)
                select count(*) filter (where coalesce(f.n, 0) = 1),
                       count(*) filter (where f.n is null),
                       count(*) filter (where f.n > 1),
                       count(*)
                from slots s left join fired f using (workflow_id, slot)""";
        try (Connection connection = superuser(); PreparedStatement statement = connection.prepareStatement(counts)) {
            statement.setString(1, first.toString());
            statement.setString(2, last.toString());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                long once = row.getLong(1);
                long missing = row.getLong(2);
                long twice = row.getLong(3);
                long slots = row.getLong(4);
                System.out.printf("%n%d schedules x %d minutes = %d slots: %d fired exactly once, %d never, "
                        + "%d more than once%n", SCHEDULES, MINUTES, slots, once, missing, twice);
                return once == slots && slots == (long) SCHEDULES * MINUTES;
            }
        }
    }

    private static ObjectNode everyMinute() {
        ObjectNode definition = Api.JSON.createObjectNode();
        ArrayNode nodes = definition.putArray("nodes");
        ObjectNode trigger = ExecutionBench.node(nodes, "tick", "trigger.schedule");
        trigger.putObject("fields").put("cron", "* * * * *").put("timezone", "UTC").put("missedRuns", "run_once");
        ExecutionBench.node(nodes, "note", "data.set").putObject("fields").putObject("values")
                .put("at", "{{ $input }}");
        definition.putArray("edges").addObject().put("id", "e1").put("source", "tick").put("target", "note");
        return definition;
    }

    private void sql(String statement, String parameter) throws SQLException {
        try (Connection connection = superuser(); PreparedStatement prepared = connection.prepareStatement(statement)) {
            prepared.setString(1, parameter);
            prepared.executeUpdate();
        }
    }

    private Connection superuser() throws SQLException {
        return DriverManager.getConnection(db.url(), env("GLYPHIC_BENCH_DB_USER", "postgres"),
                env("GLYPHIC_BENCH_DB_PASSWORD", ""));
    }

    private static void waitUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis); // wall-clock choreography of a demonstration, not a test's synchronisation
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void progress(String message) {
        BenchRun.progress(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + message);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** One server process, as production runs it, on the shared database. */
    private final class Instance {
        private final String name;
        private final int port;
        private final String jwtSecret;
        private final String masterKey;
        private Process process;

        Instance(String name, int port, String jwtSecret, String masterKey) {
            this.name = name;
            this.port = port;
            this.jwtSecret = jwtSecret;
            this.masterKey = masterKey;
        }

        void start() throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx512m",
                    // One person creates every workflow: the API rates stay in the path but out of reach.
                    "-Dglyphic.abuse.api-calls-per-user=100000000", "-Dglyphic.abuse.api-calls-per-org=100000000",
                    // A whole minute's slots are queued at once.
                    "-Dglyphic.tenant-ceilings.max-queued-executions=100000",
                    "-jar", "bootstrap/target/glyphic.jar");
            Map<String, String> env = builder.environment();
            env.put("GLYPHIC_DB_URL", db.url());
            env.put("GLYPHIC_DB_USER", db.appUser());
            env.put("GLYPHIC_DB_PASSWORD", db.appPassword());
            env.put("GLYPHIC_DB_ADMIN_USER", db.adminUser());
            env.put("GLYPHIC_DB_ADMIN_PASSWORD", db.adminPassword());
            env.put("GLYPHIC_JWT_SECRET", jwtSecret);
            env.put("GLYPHIC_MASTER_KEY", masterKey);
            env.put("GLYPHIC_PORT", String.valueOf(port));
            env.put("GLYPHIC_LOG_LEVEL", "WARN");
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
            process = builder.start();
            Instant deadline = Instant.now().plusSeconds(60);
            while (!listening()) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("instance " + name + " did not start; see " + log());
                }
                Thread.sleep(200);
            }
            progress("instance " + name + " listens on " + port + " (pid " + process.pid() + ")");
        }

        private Path log() {
            return Path.of("bench", "target", "twins-" + name + ".log");
        }

        private boolean listening() {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        /** SIGKILL: no shutdown hook, no drain; whatever it held is found again by the other instance. */
        void kill() {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
