package dev.glyphic.bootstrap.config;

import dev.glyphic.integrations.oidc.OidcSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.Optional;

/**
 * The external OpenID Connect issuer whose ID tokens are accepted ({@code glyphic.oidc.*}, from the
 * {@code GLYPHIC_OIDC_*} variables through {@link LaunchSettings}). All three settings or none.
 */
@ConfigurationProperties("glyphic.oidc")
public record ExternalIdentitySettings(@Nullable String issuer, @Nullable String jwksUrl, @Nullable String audience) {

    /** The issuer to trust; empty when none is configured. A partial configuration stops the start. */
    public Optional<OidcSettings> oidc() {
        if (blank(issuer) && blank(jwksUrl) && blank(audience)) {
            return Optional.empty();
        }
        if (blank(issuer) || blank(jwksUrl) || blank(audience)) {
            throw new StartupProblem("GLYPHIC_OIDC_ISSUER, GLYPHIC_OIDC_JWKS_URL and GLYPHIC_OIDC_AUDIENCE go "
                    + "together: set all three or none");
        }
        return Optional.of(new OidcSettings(issuer, URI.create(jwksUrl), audience));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
