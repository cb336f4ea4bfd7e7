package dev.glyphic.integrations.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.glyphic.application.port.out.auth.AccessTokens;
import dev.glyphic.domain.identity.SessionId;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.shared.DomainException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HS256-signed JWT access tokens. Verification accepts exactly HS256 with our secret, so neither {@code alg: none}
 * nor a token re-signed with another algorithm gets through.
 *
 * <p>No clock skew is allowed: every instance issuing and verifying these tokens runs on our own, NTP-synchronised
 * servers, and any tolerance would silently stretch the lifetime that {@link AccessTokenSettings#MAX_LIFETIME}
 * bounds. "Now" comes from the injected {@link Clock}.
 */
public final class JwtAccessTokens implements AccessTokens {
    private static final Logger LOG = LoggerFactory.getLogger(JwtAccessTokens.class);
    private static final String SESSION_CLAIM = "sid";

    private final AccessTokenSettings settings;
    private final MACSigner signer;
    private final DefaultJWTProcessor<SecurityContext> processor;

    public JwtAccessTokens(AccessTokenSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        byte[] secret = settings.secret();
        try {
            this.signer = new MACSigner(secret);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the access token secret is not a usable HS256 key", e);
        }
        this.processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(
                new JWSVerificationKeySelector<>(JWSAlgorithm.HS256, new ImmutableSecret<>(secret)));
        processor.setJWTClaimsSetVerifier(claimsVerifier(settings, clock));
    }

    @Override
    public Issued issue(UserId userId, SessionId session, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .audience(settings.audience())
                .subject(userId.value().toString())
                .claim(SESSION_CLAIM, session.value().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(settings.lifetime())))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an access token", e);
        }
        return new Issued(jwt.serialize(), settings.lifetime());
    }

    /**
     * Every bearer that is not an API key reaches this method first (external tokens included), so anything that
     * fails, however malformed, is an empty answer rather than an exception.
     */
    @Override
    public Optional<Claims> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = processor.process(token, null);
            return Optional.of(new Claims(
                    UserId.parse(claims.getSubject()),
                    SessionId.parse(claims.getStringClaim(SESSION_CLAIM)),
                    claims.getIssueTime().toInstant(),
                    claims.getExpirationTime().toInstant()));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            LOG.debug("access token rejected: {}", e.getMessage());
            return Optional.empty();
        } catch (DomainException e) { // sub or sid is not a UUID
            LOG.debug("access token rejected: malformed ids");
            return Optional.empty();
        }
    }

    /**
     * Nimbus reads the system clock; overriding {@code currentTime} makes expiry follow the injected clock, so it
     * is testable without sleeping and consistent with the time used to issue.
     */
    private static DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier(AccessTokenSettings settings,
                                                                            Clock clock) {
        DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(
                settings.audience(),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(),
                Set.of(JWTClaimNames.SUBJECT, SESSION_CLAIM, JWTClaimNames.ISSUED_AT, JWTClaimNames.EXPIRATION_TIME,
                        JWTClaimNames.ISSUER)) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        verifier.setMaxClockSkew(0);
        return verifier;
    }
}
