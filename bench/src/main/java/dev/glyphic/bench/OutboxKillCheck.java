package dev.glyphic.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.glyphic.persistence.setup.DatabasePreparation;
import dev.glyphic.persistence.setup.DatabaseSettings;
import dev.glyphic.persistence.setup.Provisioning;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An outbound delivery survives {@code kill -9}: a server process sends a delivery to a local receiver that takes
 * the request and never answers; the process is killed with SIGKILL while the send is in flight (the delivery is
 * committed, its outcome is not), a second process is started, and the delivery must arrive again, with the same
 * {@code webhook-id}, and end succeeded. Run with {@code bench/run.sh outbox-kill} (about a minute); exit 1 if not.
 */
public final class OutboxKillCheck {
    private static final String PASSWORD = "correct horse battery staple";

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", "logback-bench.xml");
        String serverUrl = System.getenv().getOrDefault("GLYPHIC_BENCH_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getenv().getOrDefault("GLYPHIC_BENCH_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("GLYPHIC_BENCH_DB_PASSWORD", "");
        String suffix = HexFormat.of().formatHex(BenchRun.random(6));
        String database = "glyphic_outbox_" + suffix;
        boolean survived;
        try (Connection server = DriverManager.getConnection(serverUrl, user, password)) {
            try {
                DatabaseSettings db = Provisioning.ensure(server, serverUrl, database, "glyphic_outbox_owner_" + suffix,
                        "glyphic_outbox_app_" + suffix, "outbox-" + suffix);
                DatabasePreparation.prepare(db);
                survived = run(db, suffix, user, password);
            } finally {
                Provisioning.drop(server, database, "glyphic_outbox_app_" + suffix, "glyphic_outbox_owner_" + suffix);
            }
        }
        System.exit(survived ? 0 : 1);
    }

    private static boolean run(DatabaseSettings db, String suffix, String superuser, String password)
            throws Exception {
        List<String> ids = new CopyOnWriteArrayList<>();
        CountDownLatch firstArrived = new CountDownLatch(1);
        CountDownLatch secondArrived = new CountDownLatch(1);
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.createContext("/receiver", exchange -> {
            exchange.getRequestBody().readAllBytes();
            ids.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            if (ids.size() == 1) {
                firstArrived.countDown();
                return; // takes the request and never answers: the sender is mid-send when it dies
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            secondArrived.countDown();
        });
        receiver.start();
        String secret = Base64.getEncoder().encodeToString(BenchRun.random(48));
        String master = Base64.getEncoder().encodeToString(BenchRun.random(32));
        int port = freePort();
        Process a = start(db, port, secret, master, "a");
        Process b = null;
        try {
            Api api = new Api(URI.create("http://127.0.0.1:" + port + "/"));
            api.token(api.postJson("/api/v1/auth/signup", Map.of("email", "outbox-" + suffix + "@example.com",
                    "password", PASSWORD, "name", "Outbox"), 201).path("accessToken").asText());
            String org = api.postJson("/api/v1/orgs", Map.of("name", "Outbox", "slug", "outbox-" + suffix), 201)
                    .path("id").asText();
            String space = "/api/v1/orgs/" + org + "/workspaces/" + api.postJson("/api/v1/orgs/" + org
                    + "/workspaces", Map.of("name", "Out", "slug", "out"), 201).path("id").asText();
            api.postJson(space + "/webhook-endpoints", Map.of("url", "http://127.0.0.1:"
                    + receiver.getAddress().getPort() + "/receiver", "eventTypes", List.of("execution.succeeded")), 201);
            String workflow = api.postJson(space + "/workflows", Map.of("name", "Once", "definition", manual()), 201)
                    .path("id").asText();
            api.postJson(space + "/workflows/" + workflow + "/executions", Map.of("input", Map.of()), 201);
            progress("a run ended; waiting for its delivery to reach the receiver");
            if (!firstArrived.await(60, TimeUnit.SECONDS)) {
                progress("the first delivery never arrived");
                return false;
            }
            progress("the delivery is in flight (webhook-id " + ids.get(0) + "): kill -9 the server");
            a.destroyForcibly().waitFor();
            b = start(db, port, secret, master, "b");
            progress("a second server is up; waiting for the delivery to be sent again");
            boolean again = secondArrived.await(120, TimeUnit.SECONDS);
            String status = deliveryStatus(db, superuser, password);
            System.out.printf("%nattempts received: %s; delivery status: %s%n", ids, status);
            return again && ids.size() >= 2 && ids.get(0).equals(ids.get(1)) && "succeeded".equals(status);
        } finally {
            a.destroyForcibly();
            if (b != null) {
                b.destroyForcibly();
            }
            receiver.stop(0);
        }
    }

    private static String deliveryStatus(DatabaseSettings db, String superuser, String password) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        String status = "none";
        while (Instant.now().isBefore(deadline)) {
            try (Connection c = DriverManager.getConnection(db.url(), superuser, password);
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                         "select status from webhook_deliveries")) {
                status = rs.next() ? rs.getString(1) : "none";
            }
            if (status.equals("succeeded")) {
                break;
            }
            Thread.sleep(200); // the second server records the answer just after the receiver sees the request
        }
        return status;
    }

    private static Process start(DatabaseSettings db, int port, String secret, String master, String name)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", "bootstrap/target/glyphic.jar");
        Map<String, String> env = builder.environment();
        env.put("GLYPHIC_DB_URL", db.url());
        env.put("GLYPHIC_DB_USER", db.appUser());
        env.put("GLYPHIC_DB_PASSWORD", db.appPassword());
        env.put("GLYPHIC_DB_ADMIN_USER", db.adminUser());
        env.put("GLYPHIC_DB_ADMIN_PASSWORD", db.adminPassword());
        env.put("GLYPHIC_JWT_SECRET", secret);
        env.put("GLYPHIC_MASTER_KEY", master);
        env.put("GLYPHIC_PORT", String.valueOf(port));
        env.put("GLYPHIC_LOG_LEVEL", "WARN");
        // The receiver is on this machine: open loopback to the SSRF guard, for this check only.
        env.put("GLYPHIC_HTTP_ALLOW_HOSTS", "127.0.0.1");
        // Short enough to watch: the dead sender's claim runs out after 15 s.
        env.put("GLYPHIC_OUTBOUND_CLAIM", "15s");
        env.put("GLYPHIC_OUTBOUND_TIMEOUT", "10s");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                Path.of("bench", "target", "outbox-" + name + ".log").toFile()));
        Process process = builder.start();
        Instant deadline = Instant.now().plusSeconds(60);
        while (!listening(port)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("server " + name + " did not start; see bench/target/outbox-"
                        + name + ".log");
            }
            Thread.sleep(200);
        }
        progress("server " + name + " listens on " + port + " (pid " + process.pid() + ")");
        return process;
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static ObjectNode manual() {
        ObjectNode definition = Api.JSON.createObjectNode();
        ArrayNode nodes = definition.putArray("nodes");
        nodes.addObject().put("id", "start").put("type", "glyphic").putObject("data").put("nodeType", "trigger.manual")
                .put("label", "start");
        ObjectNode set = nodes.addObject().put("id", "set").put("type", "glyphic").putObject("data")
                .put("nodeType", "data.set").put("label", "set");
        set.putObject("fields").putObject("values").put("done", true);
        definition.putArray("edges").addObject().put("id", "e1").put("source", "start").put("target", "set");
        return definition;
    }

    private static void progress(String message) {
        BenchRun.progress(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " " + message);
    }
}
