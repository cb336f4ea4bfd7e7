package dev.glyphic.bootstrap.testing;

import dev.glyphic.bootstrap.Glyphic;
import dev.glyphic.persistence.setup.DatabaseSettings;
import dev.glyphic.persistence.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.util.Map;

/**
 * One Glyphic server for the whole test run, configured as production is (restricted app role, migrations run by the
 * owner role, an external OIDC issuer) on a fresh test database. Tests talk to it over real HTTP.
 */
public final class TestServer {
    /** Public knowledge in tests, so that a test can forge tokens with it (and one with another secret). */
    public static final String JWT_SECRET = "test-secret-test-secret-test-secret-0123456789";
    public static final String JWT_ISSUER = "glyphic";
    public static final String JWT_AUDIENCE = "glyphic-api";
    /** Where the links in mails point. */
    public static final String PUBLIC_URL = "https://glyphic.test";

    public static final String METRICS_TOKEN = "metrics-token-for-tests-0123456789";
    private static TestServer instance;

    private final EmbeddedServer server;
    private final FakeOidcIssuer oidc;
    private final TestMailbox mailbox;

    private TestServer(EmbeddedServer server, FakeOidcIssuer oidc, TestMailbox mailbox) {
        this.server = server;
        this.oidc = oidc;
        this.mailbox = mailbox;
    }

    public static synchronized TestServer get() {
        if (instance == null) {
            instance = start(Map.of(
                    // Every test calls from 127.0.0.1: limits per client address are for AbuseTestServer to test.
                    "glyphic.abuse.sign-ups-per-client", 1_000_000,
                    "glyphic.abuse.password-failures-per-client", 1_000_000,
                    "glyphic.abuse.password-hash-queue-wait", "60s",
                    "glyphic.abuse.api-calls-per-user", 1_000_000,
                    "glyphic.abuse.api-calls-per-key", 1_000_000,
                    "glyphic.abuse.api-calls-per-org", 1_000_000,
                    // Shallow enough that a workflow starting itself twice per run (RecursionTest) makes 31 runs.
                    "glyphic.tenant-ceilings.max-subworkflow-depth", 4,
                    // Room for the fairness tests' floods (an org running 1,000 at once); the API tests read it.
                    "glyphic.tenant-ceilings.max-concurrent-executions", 1000));
        }
        return instance;
    }

    /**
     * Another server on the same database, with the given properties over the usual ones (tiny limits, say), for
     * tests that must not share their limits with every other test. It stops when the JVM does.
     */
    public static TestServer start(Map<String, Object> overrides) {
        // As Glyphic.main does: the application layer's java.util.logging lines reach the tests' log appenders.
        Glyphic.routeJavaUtilLogging();
        FakeOidcIssuer oidc = FakeOidcIssuer.start();
        TestMailbox mailbox = TestMailbox.start();
        DatabaseSettings db = TestDatabase.get().settings();
        Map<String, Object> properties = new java.util.HashMap<>(Map.ofEntries(
                Map.entry("micronaut.server.port", -1),
                Map.entry("micronaut.server.max-request-size", 65536),
                Map.entry("datasources.default.url", db.url()),
                Map.entry("datasources.default.username", db.appUser()),
                Map.entry("datasources.default.password", db.appPassword()),
                Map.entry("datasources.default.maximum-pool-size", 8),
                Map.entry("glyphic.auth.jwt-secret", JWT_SECRET),
                Map.entry("glyphic.crypto.master-key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="),
                Map.entry("glyphic.oidc.issuer", oidc.issuer()),
                Map.entry("glyphic.oidc.jwks-url", oidc.jwksUrl()),
                Map.entry("glyphic.oidc.audience", FakeOidcIssuer.AUDIENCE),
                Map.entry("glyphic.metrics.token", METRICS_TOKEN),
                Map.entry("glyphic.mail.smtp-host", "127.0.0.1"),
                Map.entry("glyphic.mail.smtp-port", String.valueOf(mailbox.port())),
                Map.entry("glyphic.mail.starttls", "false"),
                Map.entry("glyphic.mail.from", "Glyphic <no-reply@glyphic.test>"),
                Map.entry("glyphic.mail.public-url", PUBLIC_URL),
                // Workflows in tests call fake services on this machine, which the SSRF guard shuts otherwise.
                Map.entry("glyphic.http.allow-networks", "127.0.0.0/8")));
        properties.putAll(overrides);
        ApplicationContext context = ApplicationContext.run(properties, "test");
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            oidc.close();
            mailbox.close();
        }));
        return new TestServer(server, oidc, mailbox);
    }

    public URI uri() {
        return server.getURI();
    }

    public FakeOidcIssuer oidc() {
        return oidc;
    }

    /** The SMTP server the test server sends its mail to. */
    public TestMailbox mailbox() {
        return mailbox;
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }
}
