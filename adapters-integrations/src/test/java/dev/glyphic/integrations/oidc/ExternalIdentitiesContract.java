package dev.glyphic.integrations.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.glyphic.application.port.out.auth.ExternalIdentities;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ExternalIdentities} must do: nothing but a token the configured issuer signed for us is an
 * identity. {@code OidcExternalIdentitiesTest} runs it against an issuer publishing its keys on a real local HTTP
 * server, {@code NoExternalIdentitiesTest} with no issuer configured. The tokens here are OpenID Connect ID tokens,
 * signed JWTs, as the protocol has them.
 */
abstract class ExternalIdentitiesContract {
    protected static final String ISSUER = "https://id.example.test";
    protected static final String AUDIENCE = "glyphic-client";
    /** A syntactically valid JWE (direct encryption), which neither verifier can or should open. */
    protected static final String ENCRYPTED = Base64URL.encode("{\"alg\":\"dir\",\"enc\":\"A128GCM\"}")
            + "..AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA";
    protected static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");
    protected static final Instant EXPIRY = NOW.plusSeconds(300);

    /** The issuer's signing keys, published as {@code rsa-1} and {@code ec-1}. */
    protected static RSAKey rsaKey;
    protected static ECKey ecKey;

    @BeforeAll
    static void generateKeys() throws JOSEException {
        rsaKey = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        ecKey = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
    }

    /**
     * The adapter under test, its clock at {@link #NOW}; where it trusts an issuer, it trusts {@link #ISSUER} for
     * {@link #AUDIENCE} with the published keys.
     */
    protected abstract ExternalIdentities adapter();

    @Test
    void aTokenFromAnotherIssuerIsRejected() {
        assertEquals(Optional.empty(), adapter().verify(rs256(claims().issuer("https://evil.test").build())));
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() {
        assertEquals(Optional.empty(), adapter().verify(rs256(claims().audience("someone-else").build())));
    }

    @Test
    void aTokenWithoutExpiryOrSubjectIsRejected() {
        assertEquals(Optional.empty(), adapter().verify(rs256(claims().expirationTime(null).build())));
        assertEquals(Optional.empty(), adapter().verify(rs256(claims().subject(null).build())));
    }

    @Test
    void aTokenSignedByAnUnknownKeyIsRejected() throws JOSEException {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
        RSAKey impostor = new RSAKeyGenerator(2048).keyID("rsa-1").generate(); // claims the published key id

        assertEquals(Optional.empty(), adapter().verify(sign(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("stranger").build(), claims().build(),
                new RSASSASigner(stranger))));
        assertEquals(Optional.empty(), adapter().verify(sign(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1").build(), claims().build(),
                new RSASSASigner(impostor))));
    }

    @Test
    void anHs256TokenIsRejected() throws JOSEException {
        byte[] secret = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
        String token = sign(new JWSHeader(JWSAlgorithm.HS256), claims().build(), new MACSigner(secret));

        assertEquals(Optional.empty(), adapter().verify(token));
    }

    @Test
    void anUnsignedTokenIsRejected() {
        String none = Base64URL.encode("{\"alg\":\"none\"}") + "." + Base64URL.encode(claims().build().toString())
                + ".";

        assertEquals(Optional.empty(), adapter().verify(none));
    }

    @Test
    void junkIsRejectedWithoutThrowing() {
        ExternalIdentities identities = adapter();

        for (String junk : new String[] {null, "", "abc", "a.b.c", "gk_b3Jn_c2VjcmV0", ENCRYPTED}) {
            assertEquals(Optional.empty(), identities.verify(junk), String.valueOf(junk));
        }
    }

    /** Claims as the issuer writes them into a valid ID token for us, for variations. */
    protected static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("subject-1")
                .issueTime(Date.from(NOW))
                .expirationTime(Date.from(EXPIRY))
                .claim("email", "Ada@Example.com")
                .claim("email_verified", true)
                .claim("name", "Ada Lovelace");
    }

    /** Signed by the issuer's published RSA key. */
    protected static String rs256(JWTClaimsSet claims) {
        try {
            return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1").build(), claims,
                    new RSASSASigner(rsaKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static JWSSigner ecSigner() {
        try {
            return new ECDSASigner(ecKey);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
