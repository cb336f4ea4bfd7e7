package dev.glyphic.bootstrap.config;

import dev.glyphic.persistence.setup.DatabaseSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the environment says about how to run: which database, which port, which secrets. Read once, in main; the
 * rest of the server sees Micronaut properties built from it.
 *
 * @param database empty means: run on an embedded PostgreSQL in {@code dataDirectory}, with generated dev secrets
 * @param bindAddress where the server listens: {@code GLYPHIC_BIND_ADDRESS}, else this machine only
 *                    ({@code 127.0.0.1}) in development mode and every interface ({@code 0.0.0.0}) with a database
 */
public record LaunchSettings(Optional<DatabaseSettings> database, Path dataDirectory, int port,
                             Optional<String> jwtSecret, Optional<String> masterKey, Optional<String> oidcIssuer,
                             Optional<String> oidcJwksUrl, Optional<String> oidcAudience, String bindAddress) {

    public static LaunchSettings fromEnvironment(Map<String, String> env) {
        Optional<String> url = value(env, "GLYPHIC_DB_URL");
        Optional<DatabaseSettings> database = url.map(u -> new DatabaseSettings(u,
                require(env, "GLYPHIC_DB_USER", "the restricted role the server connects as"),
                env.get("GLYPHIC_DB_PASSWORD"),
                require(env, "GLYPHIC_DB_ADMIN_USER", "the role that owns the schema and runs migrations"),
                env.get("GLYPHIC_DB_ADMIN_PASSWORD")));
        LaunchSettings settings = new LaunchSettings(database,
                Path.of(value(env, "GLYPHIC_DATA_DIR").orElse(".glyphic")),
                port(value(env, "GLYPHIC_PORT").orElse("8080")),
                value(env, "GLYPHIC_JWT_SECRET"), value(env, "GLYPHIC_MASTER_KEY"),
                value(env, "GLYPHIC_OIDC_ISSUER"), value(env, "GLYPHIC_OIDC_JWKS_URL"),
                value(env, "GLYPHIC_OIDC_AUDIENCE"),
                // A development server (generated secrets, trusting embedded database) is for this machine only.
                bindAddress(value(env, "GLYPHIC_BIND_ADDRESS")
                        .orElse(database.isPresent() ? "0.0.0.0" : "127.0.0.1")));
        if (database.isPresent()) {
            // A real database means a real deployment: a default secret there would be a shared secret.
            require(env, "GLYPHIC_JWT_SECRET", "at least 32 bytes, used to sign access tokens");
            require(env, "GLYPHIC_MASTER_KEY", "base64 of 32 random bytes, the key that wraps credential keys");
        }
        long oidcParts = Stream.of(settings.oidcIssuer, settings.oidcJwksUrl, settings.oidcAudience)
                .filter(Optional::isPresent).count();
        if (oidcParts != 0 && oidcParts != 3) {
            throw new StartupProblem("GLYPHIC_OIDC_ISSUER, GLYPHIC_OIDC_JWKS_URL and GLYPHIC_OIDC_AUDIENCE go together: "
                    + "set all three or none");
        }
        settings.oidcJwksUrl.ifPresent(LaunchSettings::checkUrl);
        settings.jwtSecret.ifPresent(LaunchSettings::checkJwtSecret);
        settings.masterKey.ifPresent(LaunchSettings::checkMasterKey);
        return settings;
    }

    /** Micronaut properties for a server on the given (prepared) database, with these secrets. */
    public Map<String, Object> properties(DatabaseSettings db, String jwt, String master) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("micronaut.server.port", port);
        properties.put("micronaut.server.host", bindAddress);
        properties.put("datasources.default.url", db.url());
        properties.put("datasources.default.username", db.appUser());
        properties.put("datasources.default.password", db.appPassword());
        properties.put("glyphic.auth.jwt-secret", jwt);
        properties.put("glyphic.crypto.master-key", master);
        oidcIssuer.ifPresent(v -> properties.put("glyphic.oidc.issuer", v));
        oidcJwksUrl.ifPresent(v -> properties.put("glyphic.oidc.jwks-url", v));
        oidcAudience.ifPresent(v -> properties.put("glyphic.oidc.audience", v));
        return properties;
    }

    static void checkJwtSecret(String secret) {
        if (secret.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
            throw new StartupProblem("GLYPHIC_JWT_SECRET must be at least 32 bytes (256 bits)");
        }
    }

    static void checkMasterKey(String key) {
        try {
            if (Base64.getDecoder().decode(key).length != 32) {
                throw new StartupProblem("GLYPHIC_MASTER_KEY must be base64 of exactly 32 bytes");
            }
        } catch (IllegalArgumentException e) {
            throw new StartupProblem("GLYPHIC_MASTER_KEY is not valid base64");
        }
    }

    static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new URISyntaxException(url, "not an http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new StartupProblem("GLYPHIC_OIDC_JWKS_URL must be an http(s) URL, not '" + url + "'");
        }
    }

    private static int port(String raw) {
        try {
            int port = Integer.parseInt(raw);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StartupProblem("GLYPHIC_PORT must be a port number, not '" + raw + "'");
        }
    }

    /** An IP address or a host name; anything else would fail later, deep in the server's start. */
    private static String bindAddress(String raw) {
        String address = raw.strip();
        if (!address.matches("[A-Za-z0-9.:%-]{1,253}")) {
            throw new StartupProblem("GLYPHIC_BIND_ADDRESS must be an IP address or host name, not '" + raw + "'");
        }
        return address;
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    private static String require(Map<String, String> env, String name, String what) {
        return value(env, name).orElseThrow(() -> new StartupProblem(name + " is required when GLYPHIC_DB_URL is set ("
                + what + ")"));
    }
}
