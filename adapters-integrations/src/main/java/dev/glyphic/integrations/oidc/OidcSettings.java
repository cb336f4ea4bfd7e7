package dev.glyphic.integrations.oidc;

import java.net.URI;
import java.util.Objects;

/**
 * The one external OpenID Connect issuer whose tokens Glyphic accepts.
 *
 * @param issuer   the exact {@code iss} the provider writes (e.g. {@code https://accounts.example.com})
 * @param jwksUri  where the provider publishes its signing keys ({@code jwks_uri} in its discovery document)
 * @param audience the {@code aud} a token must carry: the client id Glyphic is registered under
 */
public record OidcSettings(String issuer, URI jwksUri, String audience) {
    public OidcSettings {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("the OIDC issuer must not be blank");
        }
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("the OIDC audience must not be blank");
        }
        Objects.requireNonNull(jwksUri, "jwksUri");
        String scheme = jwksUri.getScheme();
        if (!jwksUri.isAbsolute() || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException("the OIDC JWKS URI must be an absolute http(s) URI: " + jwksUri);
        }
    }
}
