package dev.glyphic.bootstrap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With a real database, secrets are required and checked; without one, the server runs in development mode. */
class LaunchSettingsTest {
    private static final String JWT = "0123456789abcdef0123456789abcdef";
    private static final String MASTER = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Test
    void withNoDatabaseUrlItRunsEmbeddedWithoutSecrets() {
        LaunchSettings settings = LaunchSettings.fromEnvironment(Map.of());
        assertTrue(settings.database().isEmpty());
        assertEquals(8080, settings.port());
        assertEquals(".glyphic", settings.dataDirectory().toString());
    }

    @Test
    void aDatabaseUrlNeedsBothRolesAndBothSecrets() {
        for (String missing : new String[] {"GLYPHIC_DB_USER", "GLYPHIC_DB_ADMIN_USER", "GLYPHIC_JWT_SECRET",
                "GLYPHIC_MASTER_KEY"}) {
            Map<String, String> env = production();
            env.remove(missing);
            StartupProblem problem = assertThrows(StartupProblem.class, () -> LaunchSettings.fromEnvironment(env));
            assertTrue(problem.getMessage().startsWith(missing + " is required"), problem.getMessage());
        }
    }

    @Test
    void aCompleteProductionEnvironmentIsAccepted() {
        LaunchSettings settings = LaunchSettings.fromEnvironment(production());
        assertEquals("glyphic_app", settings.database().orElseThrow().appUser());
        assertEquals(9090, settings.port());
    }

    @Test
    void aShortJwtSecretIsRefused() {
        Map<String, String> env = production();
        env.put("GLYPHIC_JWT_SECRET", "too-short");
        assertTrue(assertThrows(StartupProblem.class, () -> LaunchSettings.fromEnvironment(env)).getMessage()
                .contains("at least 32 bytes"));
    }

    @Test
    void aMasterKeyMustBe32BytesOfBase64() {
        Map<String, String> env = production();
        env.put("GLYPHIC_MASTER_KEY", "AAEC");
        assertTrue(assertThrows(StartupProblem.class, () -> LaunchSettings.fromEnvironment(env)).getMessage()
                .contains("exactly 32 bytes"));
        env.put("GLYPHIC_MASTER_KEY", "not base64 !!");
        assertTrue(assertThrows(StartupProblem.class, () -> LaunchSettings.fromEnvironment(env)).getMessage()
                .contains("not valid base64"));
    }

    @Test
    void aPortMustBeANumber() {
        assertThrows(StartupProblem.class, () -> LaunchSettings.fromEnvironment(Map.of("GLYPHIC_PORT", "http")));
    }

    @Test
    void externalIdentitySettingsComeAllThreeOrNone() {
        Map<String, String> env = production();
        env.put("GLYPHIC_OIDC_ISSUER", "https://id.example.com");
        assertTrue(assertThrows(StartupProblem.class, () -> LaunchSettings.fromEnvironment(env)).getMessage()
                .contains("set all three or none"));
        env.put("GLYPHIC_OIDC_JWKS_URL", "ftp://id.example.com/jwks");
        env.put("GLYPHIC_OIDC_AUDIENCE", "glyphic");
        assertTrue(assertThrows(StartupProblem.class, () -> LaunchSettings.fromEnvironment(env)).getMessage()
                .contains("must be an http(s) URL"));
        env.put("GLYPHIC_OIDC_JWKS_URL", "https://id.example.com/jwks");
        assertEquals("https://id.example.com/jwks", LaunchSettings.fromEnvironment(env).oidcJwksUrl().orElseThrow());
    }

    private static Map<String, String> production() {
        Map<String, String> env = new HashMap<>();
        env.put("GLYPHIC_DB_URL", "jdbc:postgresql://db:5432/glyphic");
        env.put("GLYPHIC_DB_USER", "glyphic_app");
        env.put("GLYPHIC_DB_ADMIN_USER", "glyphic_owner");
        env.put("GLYPHIC_JWT_SECRET", JWT);
        env.put("GLYPHIC_MASTER_KEY", MASTER);
        env.put("GLYPHIC_PORT", "9090");
        return env;
    }

    /** A development server trusts its embedded database and generated secrets: it is for this machine only. */
    @Test
    void aDevelopmentServerListensOnThisMachineOnlyUnlessToldOtherwise() {
        assertEquals("127.0.0.1", LaunchSettings.fromEnvironment(Map.of()).bindAddress());
        assertEquals("0.0.0.0", LaunchSettings.fromEnvironment(Map.of("GLYPHIC_BIND_ADDRESS", "0.0.0.0"))
                .bindAddress());
        assertEquals("0.0.0.0", LaunchSettings.fromEnvironment(production()).bindAddress(),
                "with a real database the default stays every interface, as a container expects");
        Map<String, String> env = production();
        env.put("GLYPHIC_BIND_ADDRESS", "10.0.0.5");
        LaunchSettings settings = LaunchSettings.fromEnvironment(env);
        assertEquals("10.0.0.5", settings.properties(settings.database().orElseThrow(), JWT, MASTER)
                .get("micronaut.server.host"));
        assertTrue(assertThrows(StartupProblem.class, () -> LaunchSettings.fromEnvironment(
                Map.of("GLYPHIC_BIND_ADDRESS", "0.0.0.0; rm -rf"))).getMessage().startsWith("GLYPHIC_BIND_ADDRESS"));
    }
}
