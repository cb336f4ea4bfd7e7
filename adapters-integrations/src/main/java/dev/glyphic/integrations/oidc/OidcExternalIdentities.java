package dev.glyphic.integrations.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.glyphic.application.port.out.auth.ExternalIdentities;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.shared.DomainException;
import java.net.MalformedURLException;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies tokens (ID tokens) of the configured OpenID Connect issuer against its published JWKS, which nimbus
 * fetches with timeouts, caches and refreshes when an unknown key id appears (rate-limited).
 *
 * <p>Only asymmetric algorithms are accepted: with HS256 the "key" would be a shared client secret, and accepting
 * it would let anyone holding it mint identities. Up to {@link #MAX_CLOCK_SKEW_SECONDS} of skew is tolerated on
 * {@code exp}, because the provider's clock is not ours.
 */
public final class OidcExternalIdentities implements ExternalIdentities {
    private static final Logger LOG = LoggerFactory.getLogger(OidcExternalIdentities.class);
    static final int MAX_CLOCK_SKEW_SECONDS = 30;
    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    private static final int READ_TIMEOUT_MILLIS = 2_000;
    private static final Set<JWSAlgorithm> ALGORITHMS =
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

    private final OidcSettings settings;
    private final DefaultJWTProcessor<SecurityContext> processor;

    public OidcExternalIdentities(OidcSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(settings.jwksUri().toURL(), new DefaultResourceRetriever(
                    CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS, JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT)).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("the OIDC JWKS URI is not a URL: " + settings.jwksUri(), e);
        }
        this.processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWTClaimsSetVerifier(claimsVerifier(settings, clock));
    }

    /**
     * Our own access tokens reach this method too when they fail (an expired one, say), so the unverified issuer is
     * checked first: a token from anyone else never costs a JWKS fetch.
     */
    @Override
    public Optional<ExternalIdentity> verify(String token) {
        if (token == null || token.isBlank() || !claimsIssuer(token).equals(Optional.of(settings.issuer()))) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = processor.process(token, null);
            if (claims.getSubject().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new ExternalIdentity(settings.issuer(), claims.getSubject(), verifiedEmail(claims),
                    stringClaim(claims, "name")));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            LOG.debug("external token rejected: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<String> claimsIssuer(String token) {
        try {
            // An encrypted JWT has no readable claims (null) until decrypted, and we decrypt none.
            return Optional.ofNullable(JWTParser.parse(token).getJWTClaimsSet()).map(JWTClaimsSet::getIssuer);
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /**
     * An email counts only when the provider says it verified it ({@code email_verified} is the boolean
     * {@code true}): the caller links accounts by it, and an unverified address would hand over someone else's.
     */
    private static Optional<Email> verifiedEmail(JWTClaimsSet claims) {
        if (!Boolean.TRUE.equals(claims.getClaim("email_verified"))) {
            return Optional.empty();
        }
        try {
            return stringClaim(claims, "email").map(Email::of);
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> stringClaim(JWTClaimsSet claims, String name) {
        try {
            return Optional.ofNullable(claims.getStringClaim(name));
        } catch (ParseException e) { // present but not a string
            return Optional.empty();
        }
    }

    /** Nimbus reads the system clock; overriding {@code currentTime} makes expiry follow the injected clock. */
    private static DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier(OidcSettings settings, Clock clock) {
        DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(
                settings.audience(),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(),
                Set.of(JWTClaimNames.ISSUER, JWTClaimNames.SUBJECT, JWTClaimNames.EXPIRATION_TIME)) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        verifier.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
        return verifier;
    }
}
