package dev.glyphic.bootstrap;

import dev.glyphic.application.auth.BoundedPasswordHasher;
import dev.glyphic.application.port.out.auth.AccessTokens;
import dev.glyphic.application.port.out.auth.ExternalIdentities;
import dev.glyphic.application.port.out.auth.PasswordHasher;
import dev.glyphic.application.port.out.auth.SecretTokens;
import dev.glyphic.bootstrap.config.AbuseSettings;
import dev.glyphic.bootstrap.config.AuthSettings;
import dev.glyphic.bootstrap.config.ExternalIdentitySettings;
import dev.glyphic.domain.workflow.ExpressionSyntax;
import dev.glyphic.integrations.crypto.Argon2Settings;
import dev.glyphic.integrations.crypto.Argon2idPasswordHasher;
import dev.glyphic.integrations.expression.JsonataExpressionSyntax;
import dev.glyphic.integrations.oidc.NoExternalIdentities;
import dev.glyphic.integrations.oidc.OidcExternalIdentities;
import dev.glyphic.integrations.token.JwtAccessTokens;
import dev.glyphic.integrations.token.SecureRandomSecretTokens;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The adapters of adapters-integrations that several features share: time, password hashing (bounded by
 * {@link AbuseSettings}), secret and access tokens ({@link AuthSettings}), external identity providers
 * ({@link ExternalIdentitySettings}), expression syntax. That module carries no annotations, so bootstrap builds
 * all of its adapters: these here, the mailers in {@link MailFactory}, the expression evaluator and outbound HTTP
 * in {@link EngineFactory}. The persistence and web adapters are annotated beans of their own modules.
 */
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
    AccessTokens accessTokens(AuthSettings settings, Clock clock) {
        return new JwtAccessTokens(settings.accessTokens(), clock);
    }

    /** Tokens of an external OpenID Connect issuer are accepted only when all three settings are given. */
    @Singleton
    ExternalIdentities externalIdentities(ExternalIdentitySettings settings, Clock clock) {
        return settings.oidc().<ExternalIdentities>map(oidc -> new OidcExternalIdentities(oidc, clock))
                .orElseGet(NoExternalIdentities::new);
    }
}
