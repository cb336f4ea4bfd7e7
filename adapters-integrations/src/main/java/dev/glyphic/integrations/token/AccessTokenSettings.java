package dev.glyphic.integrations.token;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Settings for the access tokens Glyphic signs itself.
 *
 * @param secret   the HS256 key, at least 32 bytes (RFC 7518 §3.2: a key as long as the hash output)
 * @param issuer   the {@code iss} written and required; must differ from any external OIDC issuer
 * @param audience the {@code aud} written and required
 * @param lifetime how long a token is valid; at most {@link #MAX_LIFETIME}
 */
public record AccessTokenSettings(byte[] secret, String issuer, String audience, Duration lifetime) {
    public static final int MIN_SECRET_BYTES = 32;
    /**
     * Every request also checks that the token's session is still live, so a short lifetime is defence in depth:
     * it bounds how long a stolen token is worth anything should that check ever be bypassed.
     */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(15);

    public AccessTokenSettings {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the access token secret must be at least " + MIN_SECRET_BYTES
                    + " bytes (256 bits) for HS256; it has " + secret.length);
        }
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("the access token issuer must not be blank");
        }
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("the access token audience must not be blank");
        }
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("the access token lifetime must be positive and at most "
                    + MAX_LIFETIME.toMinutes() + " minutes; it is " + lifetime);
        }
        secret = secret.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessTokenSettings other && Arrays.equals(secret, other.secret)
                && issuer.equals(other.issuer) && audience.equals(other.audience) && lifetime.equals(other.lifetime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(issuer, audience, lifetime);
    }

    /** Leaves the secret out: settings get logged. */
    @Override
    public String toString() {
        return "AccessTokenSettings[secret=***, issuer=" + issuer + ", audience=" + audience + ", lifetime="
                + lifetime + "]";
    }
}
