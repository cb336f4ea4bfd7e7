package dev.glyphic.bootstrap.testing;

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

    private static TestServer instance;

    private final EmbeddedServer server;
    private final FakeOidcIssuer oidc;

    private TestServer(EmbeddedServer server, FakeOidcIssuer oidc) {
        this.server = server;
        this.oidc = oidc;
    }

    public static synchronized TestServer get() {
        if (instance == null) {
            FakeOidcIssuer oidc = FakeOidcIssuer.start();
            DatabaseSettings db = TestDatabase.get().settings();
            ApplicationContext context = ApplicationContext.run(Map.ofEntries(
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
                    // Workflows in tests call fake services on this machine, which the SSRF guard shuts otherwise.
                    Map.entry("glyphic.http.allow-networks", "127.0.0.0/8"),
                    // Shallow enough that a workflow starting itself twice per run (RecursionTest) makes 31 runs.
                    Map.entry("glyphic.tenant-ceilings.max-subworkflow-depth", 4),
                    // Room for the fairness tests' floods (an org running 1,000 at once); the API tests read it.
                    Map.entry("glyphic.tenant-ceilings.max-concurrent-executions", 1000)), "test");
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                oidc.close();
            }));
            instance = new TestServer(server, oidc);
        }
        return instance;
    }

    public URI uri() {
        return server.getURI();
    }

    public FakeOidcIssuer oidc() {
        return oidc;
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }
}
