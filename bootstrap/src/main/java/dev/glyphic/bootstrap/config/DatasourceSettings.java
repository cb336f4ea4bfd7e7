package dev.glyphic.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The app role's connection settings ({@code datasources.default.*}, put there by {@link LaunchSettings}), read
 * for the one connection that lives outside the pool: the engine's LISTEN connection.
 */
@ConfigurationProperties("datasources.default")
public record DatasourceSettings(String url, String username, @Nullable String password) {

    public DatasourceSettings {
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return "DatasourceSettings[url=" + url + ", username=" + username + ", password=***]";
    }
}
