package dev.glyphic.bootstrap;

import dev.glyphic.application.auth.BoundedPasswordHasher;
import dev.glyphic.application.port.out.auth.AccessTokens;
import dev.glyphic.application.port.out.auth.ExternalIdentities;
import dev.glyphic.application.port.out.auth.PasswordHasher;
import dev.glyphic.application.port.out.auth.SecretTokens;
import dev.glyphic.domain.workflow.ExpressionSyntax;
import dev.glyphic.integrations.crypto.Argon2Settings;
import dev.glyphic.integrations.crypto.Argon2idPasswordHasher;
import dev.glyphic.integrations.expression.JsonataExpressionSyntax;
import dev.glyphic.integrations.oidc.NoExternalIdentities;
import dev.glyphic.integrations.oidc.OidcExternalIdentities;
import dev.glyphic.integrations.oidc.OidcSettings;
import dev.glyphic.integrations.token.AccessTokenSettings;
import dev.glyphic.integrations.token.JwtAccessTokens;
import dev.glyphic.integrations.token.SecureRandomSecretTokens;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/** Builds the adapters that speak to the world outside the process: crypto, tokens, identity providers, time. */
@Factory
public class IntegrationFactory {

    /**
     * Ticks in microseconds, the precision of PostgreSQL's {@code timestamptz}: a resource answered at creation then
     * carries the very timestamps it is read back with later, rather than nanoseconds the database rounds away.
     */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /** Every use of the hasher shares one bound on hashes running at once in this instance. */
    @Singleton
    PasswordHasher passwordHasher(AbuseSettings abuse) {
        return new BoundedPasswordHasher(new Argon2idPasswordHasher(Argon2Settings.OWASP), abuse.hashSlots(),
                abuse.passwordHashQueueWait());
    }

    @Singleton
    ExpressionSyntax expressionSyntax() {
        return new JsonataExpressionSyntax();
    }

    @Singleton
    SecretTokens secretTokens() {
        return new SecureRandomSecretTokens();
    }

    @Singleton
    AccessTokens accessTokens(@Value("${glyphic.auth.jwt-secret}") String secret,
                              @Value("${glyphic.auth.issuer:glyphic}") String issuer,
                              @Value("${glyphic.auth.audience:glyphic-api}") String audience,
                              @Value("${glyphic.auth.access-token-lifetime:10m}") Duration lifetime, Clock clock) {
        return new JwtAccessTokens(new AccessTokenSettings(secret.getBytes(StandardCharsets.UTF_8), issuer, audience,
                lifetime), clock);
    }

    /** Tokens of an external OpenID Connect issuer are accepted only when all three settings are given. */
    @Singleton
    ExternalIdentities externalIdentities(@Value("${glyphic.oidc.issuer:}") @Nullable String issuer,
                                          @Value("${glyphic.oidc.jwks-url:}") @Nullable String jwksUrl,
                                          @Value("${glyphic.oidc.audience:}") @Nullable String audience,
                                          Clock clock) {
        if (blank(issuer) && blank(jwksUrl) && blank(audience)) {
            return new NoExternalIdentities();
        }
        if (blank(issuer) || blank(jwksUrl) || blank(audience)) {
            throw new StartupProblem("GLYPHIC_OIDC_ISSUER, GLYPHIC_OIDC_JWKS_URL and GLYPHIC_OIDC_AUDIENCE go "
                    + "together: set all three or none");
        }
        return new OidcExternalIdentities(new OidcSettings(issuer, URI.create(jwksUrl), audience), clock);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
