package dev.glyphic.integrations.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.glyphic.application.port.out.auth.AccessTokens;
import dev.glyphic.domain.identity.UserId;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The AccessTokens contract, run against {@link JwtAccessTokens}, and what is JWT about it. */
class JwtAccessTokensTest extends AccessTokensContract {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_SECRET = "another-secret-another-secret-xx!".getBytes(StandardCharsets.UTF_8);
    private static final String ISSUER = "https://glyphic.test";
    private static final String AUDIENCE = "glyphic-api";
    private static final Duration LIFETIME = Duration.ofMinutes(10);
    /** A syntactically valid JWE (direct encryption), which neither verifier can or should open. */
    private static final String ENCRYPTED = Base64URL.encode("{\"alg\":\"dir\",\"enc\":\"A128GCM\"}")
            + "..AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA";

    @Override
    protected AccessTokens adapterAt(Instant now) {
        return tokensAt(now);
    }

    @Override
    protected AccessTokens anotherServerAt(Instant now) {
        return new JwtAccessTokens(new AccessTokenSettings(OTHER_SECRET, "https://other.test", AUDIENCE, LIFETIME),
                clockAt(now));
    }

    @Override
    protected Duration lifetime() {
        return LIFETIME;
    }

    @Test
    void anIssuedTokenCarriesTheExpectedClaims() throws ParseException {
        SignedJWT jwt = SignedJWT.parse(tokensAt(NOW).issue(user, session, NOW).token());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();

        assertEquals(JWSAlgorithm.HS256, jwt.getHeader().getAlgorithm());
        assertEquals(ISSUER, claims.getIssuer());
        assertEquals(List.of(AUDIENCE), claims.getAudience());
        assertEquals(user.value().toString(), claims.getSubject());
        assertEquals(session.value().toString(), claims.getStringClaim("sid"));
        assertEquals(Date.from(NOW), claims.getIssueTime());
        assertEquals(Date.from(NOW.plus(LIFETIME)), claims.getExpirationTime());
        assertNotNull(claims.getJWTID());
    }

    @Test
    void eachTokenHasItsOwnId() throws ParseException {
        JwtAccessTokens tokens = tokensAt(NOW);
        String first = SignedJWT.parse(tokens.issue(user, session, NOW).token()).getJWTClaimsSet().getJWTID();
        String second = SignedJWT.parse(tokens.issue(user, session, NOW).token()).getJWTClaimsSet().getJWTID();

        assertFalse(first.equals(second));
    }

    @Test
    void aTamperedSignatureIsRejected() {
        String token = tokensAt(NOW).issue(user, session, NOW).token();
        int i = token.lastIndexOf('.') + 5; // inside the signature, away from base64's trailing padding bits
        String tampered = token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1);

        assertTrue(tokensAt(NOW).verify(token).isPresent(), "the untampered token verifies");
        assertEquals(Optional.empty(), tokensAt(NOW).verify(tampered));
    }

    @Test
    void aTamperedPayloadIsRejected() {
        String[] parts = tokensAt(NOW).issue(user, session, NOW).token().split("\\.");
        String forged = parts[0] + "." + Base64URL.encode(claims().subject(UserId.random().toString()).build()
                .toString()) + "." + parts[2];

        assertEquals(Optional.empty(), tokensAt(NOW).verify(forged));
    }

    @Test
    void anUnsignedTokenIsRejected() {
        String none = Base64URL.encode("{\"alg\":\"none\"}") + "." + Base64URL.encode(claims().build().toString())
                + ".";

        assertEquals(Optional.empty(), tokensAt(NOW).verify(none));
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRejected() {

        assertTrue(tokensAt(NOW).verify(sign(JWSAlgorithm.HS256, SECRET, claims().build())).isPresent(),
                "the same claims signed with our secret verify");
        assertEquals(Optional.empty(), tokensAt(NOW).verify(sign(JWSAlgorithm.HS256, OTHER_SECRET, claims().build())));
    }

    @Test
    void aTokenSignedWithAnotherHmacAlgorithmIsRejectedEvenWithOurSecret() {
        byte[] longSecret = "0123456789abcdef".repeat(4).getBytes(StandardCharsets.UTF_8); // HS512 needs 64 bytes
        JwtAccessTokens tokens = new JwtAccessTokens(settings(longSecret, LIFETIME), clockAt(NOW));

        assertTrue(tokens.verify(sign(JWSAlgorithm.HS256, longSecret, claims().build())).isPresent());
        assertEquals(Optional.empty(), tokens.verify(sign(JWSAlgorithm.HS512, longSecret, claims().build())));
    }

    @Test
    void aTokenWithoutExpiryIsRejected() {
        JWTClaimsSet noExp = new JWTClaimsSet.Builder(claims().build()).expirationTime(null).build();

        assertEquals(Optional.empty(), tokensAt(NOW).verify(sign(JWSAlgorithm.HS256, SECRET, noExp)));
    }

    @Test
    void aTokenWithoutIssueTimeIsRejected() {
        JWTClaimsSet noIat = new JWTClaimsSet.Builder(claims().build()).issueTime(null).build();

        assertEquals(Optional.empty(), tokensAt(NOW).verify(sign(JWSAlgorithm.HS256, SECRET, noIat)));
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() {
        JWTClaimsSet claims = claims().audience("another-api").build();

        assertEquals(Optional.empty(), tokensAt(NOW).verify(sign(JWSAlgorithm.HS256, SECRET, claims)));
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() {
        JWTClaimsSet claims = claims().issuer("https://evil.test").build();

        assertEquals(Optional.empty(), tokensAt(NOW).verify(sign(JWSAlgorithm.HS256, SECRET, claims)));
    }

    @Test
    void aTokenWhoseIdsAreNotUuidsIsRejected() {
        JWTClaimsSet badSub = claims().subject("ada").build();
        JWTClaimsSet badSid = claims().claim("sid", 42).build();

        assertEquals(Optional.empty(), tokensAt(NOW).verify(sign(JWSAlgorithm.HS256, SECRET, badSub)));
        assertEquals(Optional.empty(), tokensAt(NOW).verify(sign(JWSAlgorithm.HS256, SECRET, badSid)));
    }

    /** The rest of the junk is the contract's; this one is shaped like a JWT. */
    @Test
    void anEncryptedJwtIsRejectedWithoutThrowing() {
        assertEquals(Optional.empty(), tokensAt(NOW).verify(ENCRYPTED));
    }

    @Test
    void aSecretShorterThan32BytesIsRefused() {
        byte[] shortSecret = new byte[31];

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new JwtAccessTokens(settings(shortSecret, LIFETIME), clockAt(NOW)));
        assertTrue(e.getMessage().contains("32 bytes"), e.getMessage());
    }

    @Test
    void aLifetimeAbove15MinutesOrNotPositiveIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> settings(SECRET, Duration.ofMinutes(15).plusSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> settings(SECRET, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> settings(SECRET, Duration.ofMinutes(-1)));
        assertEquals(Duration.ofMinutes(15), settings(SECRET, Duration.ofMinutes(15)).lifetime());
    }

    @Test
    void theSettingsNeverShowTheSecret() {
        String shown = settings(SECRET, LIFETIME).toString();

        assertFalse(shown.contains("0123456789abcdef"), shown);
        assertTrue(shown.contains(ISSUER), shown);
    }

    private static JwtAccessTokens tokensAt(Instant now) {
        return new JwtAccessTokens(settings(SECRET, LIFETIME), clockAt(now));
    }

    private static AccessTokenSettings settings(byte[] secret, Duration lifetime) {
        return new AccessTokenSettings(secret, ISSUER, AUDIENCE, lifetime);
    }

    private static Clock clockAt(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    /** Claims as {@link JwtAccessTokens#issue} writes them, for hand-made variations. */
    private JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(user.value().toString())
                .claim("sid", session.value().toString())
                .issueTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plus(LIFETIME)))
                .jwtID("test");
    }

    private static String sign(JWSAlgorithm algorithm, byte[] secret, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
