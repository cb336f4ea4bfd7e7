package dev.glyphic.bench;

import dev.glyphic.persistence.setup.DatabasePreparation;
import dev.glyphic.persistence.setup.DatabaseSettings;
import dev.glyphic.persistence.setup.JdbcUrls;
import dev.glyphic.persistence.setup.Provisioning;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What every benchmark run shares: a fresh database and two roles on the server under test (provisioned and migrated
 * as the tests do, dropped afterwards), the machine's facts, pgbench's ceiling on the same server after the
 * measurements, and the report, printed and written to {@code bench/results/<name>-<UTC time>.md}.
 */
final class BenchRun {
    static final int PGBENCH_SECONDS = 20;

    /** The database a run measures on, and a superuser's way into it. */
    record Target(String suffix, DatabaseSettings db, String superuserUrl, String superuser,
                  String superuserPassword) {

        Connection superuserConnection() throws SQLException {
            return DriverManager.getConnection(superuserUrl, superuser, superuserPassword);
        }

        /** Glyphic on this database as production runs it (restricted app role, fresh secrets, any free port). */
        ApplicationContext startServer() {
            return startServer(Map.of());
        }

        /** @param overrides settings of this run's server beyond the bench's own (an API-only instance, say) */
        ApplicationContext startServer(Map<String, Object> overrides) {
            Map<String, Object> settings = new java.util.HashMap<>(Map.ofEntries(
                    Map.entry("micronaut.server.port", -1),
                    Map.entry("datasources.default.url", db.url()),
                    Map.entry("datasources.default.username", db.appUser()),
                    Map.entry("datasources.default.password", db.appPassword()),
                    Map.entry("glyphic.auth.jwt-secret", Base64.getEncoder().encodeToString(random(48))),
                    Map.entry("glyphic.crypto.master-key", Base64.getEncoder().encodeToString(random(32))),
                    // Sign-up mails a verification link; with no SMTP server it lands here, not in the working tree.
                    Map.entry("glyphic.mail.outbox-dir", "target/bench-mail"),
                    // One person drives the whole load: the API rates stay in the path (their buckets are still
                    // charged) but out of reach, and the queue may hold a whole burst.
                    Map.entry("glyphic.abuse.api-calls-per-user", 100_000_000),
                    Map.entry("glyphic.abuse.api-calls-per-key", 100_000_000),
                    Map.entry("glyphic.abuse.api-calls-per-org", 100_000_000),
                    Map.entry("glyphic.tenant-ceilings.max-queued-executions", 100_000),
                    Map.entry("glyphic.webhooks.calls-per-window", 100_000_000)));
            settings.putAll(overrides);
            return ApplicationContext.run(settings, "bench");
        }
    }

    @FunctionalInterface
    interface Measurement<T> {
        T measure(Target target) throws Exception;
    }

    @FunctionalInterface
    interface Markdown<T> {
        String of(Instant started, Report.Machine machine, T measured, List<PgbenchCeiling.Run> ceiling);
    }

    private BenchRun() {
    }

    /**
     * Measures on a fresh database, then pgbench (its save-like script writes {@code pgbenchDocument}), then reports.
     * Environment: GLYPHIC_BENCH_DB_URL (a superuser JDBC URL), GLYPHIC_BENCH_DB_USER, GLYPHIC_BENCH_DB_PASSWORD.
     */
    static <T> void run(String name, Measurement<T> measurement, String pgbenchDocument, Markdown<T> markdown)
            throws Exception {
        // Our own name: bootstrap's logback.xml is on the classpath too, and two of them make logback chatter.
        System.setProperty("logback.configurationFile", "logback-bench.xml");
        String serverUrl = env("GLYPHIC_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env("GLYPHIC_BENCH_DB_USER", "postgres");
        String password = env("GLYPHIC_BENCH_DB_PASSWORD", "");
        String suffix = HexFormat.of().formatHex(random(6));
        String database = "glyphic_bench_" + suffix;
        String admin = "glyphic_bench_owner_" + suffix;
        String app = "glyphic_bench_app_" + suffix;
        Instant started = Instant.now();
        try (Connection server = DriverManager.getConnection(serverUrl, user, password)) {
            Report.Machine machine = Report.Machine.of(server);
            T measured;
            try {
                DatabaseSettings db = Provisioning.ensure(server, serverUrl, database, admin, app, "bench-" + suffix);
                DatabasePreparation.prepare(db);
                measured = measurement.measure(new Target(suffix, db, JdbcUrls.withDatabase(serverUrl, database), user,
                        password));
            } finally {
                Provisioning.drop(server, database, app, admin);
            }
            progress("pgbench ceiling on a scratch database (" + PGBENCH_SECONDS + " s per run)");
            List<PgbenchCeiling.Run> ceiling = new PgbenchCeiling(serverUrl, user, password).measure(server,
                    "glyphic_bench_pgbench_" + suffix, PGBENCH_SECONDS, pgbenchDocument);
            String report = markdown.of(started, machine, measured, ceiling);
            System.out.println(report);
            Path file = Path.of("bench", "results", name + "-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started) + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
            progress("written to " + file);
        }
    }

    static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return b;
    }

    static void progress(String message) {
        System.err.println("[bench] " + message);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
