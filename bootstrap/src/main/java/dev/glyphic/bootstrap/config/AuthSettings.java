package dev.glyphic.bootstrap.config;

import dev.glyphic.integrations.token.AccessTokenSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * How this server signs its own access tokens ({@code glyphic.auth.*}): the secret comes from
 * {@code GLYPHIC_JWT_SECRET} (or the development secrets) through {@link LaunchSettings}, the rest from
 * application.yml.
 */
@ConfigurationProperties("glyphic.auth")
public record AuthSettings(String jwtSecret, String issuer, String audience, Duration accessTokenLifetime) {

    public AccessTokenSettings accessTokens() {
        return new AccessTokenSettings(jwtSecret.getBytes(StandardCharsets.UTF_8), issuer, audience,
                accessTokenLifetime);
    }

    @Override
    public String toString() {
        return "AuthSettings[jwtSecret=***, issuer=" + issuer + ", audience=" + audience + ", accessTokenLifetime="
                + accessTokenLifetime + "]";
    }
}
