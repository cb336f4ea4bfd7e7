package dev.glyphic.bootstrap.api.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.glyphic.bootstrap.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Access tokens built the way an attacker who read our public test secret would build them. Each hostile variant
 * starts from {@link #claimsOf(String)} of a genuine token, so that the genuine-claims control proves a refusal is for
 * the one thing a test changed.
 */
final class ForgedTokens {
    private static final byte[] SECRET = TestServer.JWT_SECRET.getBytes(StandardCharsets.UTF_8);

    private ForgedTokens() {
    }

    /** The claims of a token the server issued, ready to be altered; exp and iat are set afresh to now. */
    static JWTClaimsSet.Builder claimsOf(String accessToken) {
        try {
            JWTClaimsSet issued = SignedJWT.parse(accessToken).getJWTClaimsSet();
            Instant now = Instant.now();
            return new JWTClaimsSet.Builder(issued)
                    .jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(now.minusSeconds(5)))
                    .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
        } catch (ParseException e) {
            throw new IllegalStateException("not a JWT: " + accessToken, e);
        }
    }

    static String sessionOf(String accessToken) {
        try {
            return SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim("sid");
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hs256(JWTClaimsSet claims) {
        return hs256(claims, SECRET);
    }

    static String hs256(JWTClaimsSet claims, byte[] secret) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                    claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * HS512 keyed with our secret. Nimbus refuses to sign HS512 with a key shorter than 512 bits, so the signature is
     * computed by hand, as an attacker would.
     */
    static String hs512(JWTClaimsSet claims) {
        String header = Base64URL.encode("{\"alg\":\"HS512\",\"typ\":\"JWT\"}").toString();
        String payload = Base64URL.encode(claims.toString()).toString();
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(SECRET, "HmacSHA512"));
            byte[] signature = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + Base64URL.encode(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none}: a header, the claims and an empty signature. */
    static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    /** The same token with one character in the middle of its signature replaced. */
    static String withTamperedSignature(String token) {
        int at = token.lastIndexOf('.') + 10;
        char replacement = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + replacement + token.substring(at + 1);
    }
}
