package dev.glyphic.bootstrap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.engine.nodes.HttpRequestRunner;
import dev.glyphic.bootstrap.testing.TestServer;
import dev.glyphic.domain.org.TenantCeilings;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The settings records bind application.yml's defaults (those docs/operations.md lists) and the properties a server
 * is started with; secrets stay out of their string forms.
 */
class SettingsBindingTest {
    private final ApplicationContext context = TestServer.get().context();

    @Test
    void theEngineAndExpressionDefaultsAreTheDocumentedOnes() {
        assertEquals(new EngineRuntimeSettings(64, Duration.ofSeconds(30), Duration.ofSeconds(1),
                Duration.ofSeconds(5), Duration.ofSeconds(20), 1_048_576, 3),
                context.getBean(EngineRuntimeSettings.class));
        assertEquals(new ExpressionSettings(Duration.ofSeconds(1), 300, 100_000, 1_048_576, 2_000_000, 500_000),
                context.getBean(ExpressionSettings.class));
        assertEquals(new WorkflowSettings(1000, 2_097_152), context.getBean(WorkflowSettings.class));
    }

    @Test
    void outboundHttpTakesItsListsFromCommaSeparatedValues() {
        OutboundHttpSettings http = context.getBean(OutboundHttpSettings.class);

        assertEquals(List.of(), http.allowHosts());
        assertEquals(List.of("127.0.0.0/8"), http.allowNetworks(), "TestServer opens this machine");
        assertEquals(HttpRequestRunner.DEFAULT_MAX_RESPONSE_BYTES, http.maxResponseBytes(),
                "application.yml's default is the runner's");
        assertEquals(List.of("a.example", "b.example"),
                new OutboundHttpSettings(List.of(" a.example", "", "b.example "), null, 1).allowHosts());
    }

    @Test
    void propertiesAServerStartsWithOverrideTheDefaults() {
        assertEquals(new TenantCeilings(1000, 365, 1000, 4), context.getBean(TenantCeilings.class));
        AuthSettings auth = context.getBean(AuthSettings.class);
        assertEquals(TestServer.JWT_SECRET, auth.jwtSecret());
        assertEquals(new AuthSettings(TestServer.JWT_SECRET, "glyphic", "glyphic-api", Duration.ofMinutes(10)), auth);
    }

    @Test
    void secretsStayOutOfTheStringForms() {
        assertFalse(context.getBean(AuthSettings.class).toString().contains(TestServer.JWT_SECRET));
        assertFalse(context.getBean(MetricsSettings.class).toString().contains(TestServer.METRICS_TOKEN));
        assertFalse(new DatasourceSettings("jdbc:postgresql://db/glyphic", "app", "hunter2-password").toString()
                .contains("hunter2"));
    }

    @Test
    void anExternalIssuerNeedsAllThreeSettings() {
        assertTrue(new ExternalIdentitySettings(null, " ", null).oidc().isEmpty());
        StartupProblem partial = assertThrows(StartupProblem.class,
                () -> new ExternalIdentitySettings("https://id.example.com", null, "glyphic").oidc());
        assertTrue(partial.getMessage().contains("set all three or none"), partial.getMessage());
        assertEquals("https://id.example.com/jwks", new ExternalIdentitySettings("https://id.example.com",
                "https://id.example.com/jwks", "glyphic").oidc().orElseThrow().jwksUri().toString());
    }
}
