package dev.glyphic.integrations.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.glyphic.application.port.out.auth.ExternalIdentities.ExternalIdentity;
import dev.glyphic.domain.identity.Email;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real local HTTP server publishing a JWKS, as an OpenID provider would. */
class OidcExternalIdentitiesTest {
    private static final String ISSUER = "https://id.example.test";
    private static final String AUDIENCE = "glyphic-client";
    /** A syntactically valid JWE (direct encryption), which neither verifier can or should open. */
    private static final String ENCRYPTED = Base64URL.encode("{\"alg\":\"dir\",\"enc\":\"A128GCM\"}")
            + "..AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA";
    private static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");
    private static final Instant EXPIRY = NOW.plusSeconds(300);

    private static RSAKey rsaKey;
    private static ECKey ecKey;

    private HttpServer server;
    private final AtomicInteger jwksRequests = new AtomicInteger();

    @BeforeAll
    static void generateKeys() throws JOSEException {
        rsaKey = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        ecKey = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
    }

    @BeforeEach
    void startJwksServer() throws IOException {
        byte[] jwks = new JWKSet(List.<JWK>of(rsaKey.toPublicJWK(), ecKey.toPublicJWK())).toString()
                .getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jwks", exchange -> {
            jwksRequests.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        server.start();
    }

    @AfterEach
    void stopJwksServer() {
        server.stop(0);
    }

    @Test
    void aValidTokenMapsToItsSubjectVerifiedEmailAndName() {
        Optional<ExternalIdentity> identity = identitiesAt(NOW).verify(rs256(claims().build()));

        assertEquals(Optional.of(new ExternalIdentity(ISSUER, "subject-1", Optional.of(Email.of("ada@example.com")),
                Optional.of("Ada Lovelace"))), identity);
        assertEquals(1, jwksRequests.get());
    }

    @Test
    void theKeySetIsFetchedOnceAndCached() {
        OidcExternalIdentities identities = identitiesAt(NOW);

        assertTrue(identities.verify(rs256(claims().build())).isPresent());
        assertTrue(identities.verify(rs256(claims().subject("subject-2").build())).isPresent());
        assertEquals(1, jwksRequests.get());
    }

    @Test
    void anEs256TokenIsAccepted() {
        String token = sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec-1").build(), claims().build(),
                ecSigner());

        assertEquals(Optional.of("subject-1"), identitiesAt(NOW).verify(token).map(ExternalIdentity::subject));
    }

    @Test
    void anEmailIsOnlyVerifiedWhenTheProviderSaysSoWithABooleanTrue() {
        OidcExternalIdentities identities = identitiesAt(NOW);

        Optional<ExternalIdentity> unverified = identities.verify(rs256(claims().claim("email_verified", false)
                .build()));
        Optional<ExternalIdentity> stringly = identities.verify(rs256(claims().claim("email_verified", "true")
                .build()));
        Optional<ExternalIdentity> absent = identities.verify(rs256(claims().claim("email_verified", null).build()));

        assertEquals(Optional.of(Optional.empty()), unverified.map(ExternalIdentity::verifiedEmail));
        assertEquals(Optional.of(Optional.empty()), stringly.map(ExternalIdentity::verifiedEmail));
        assertEquals(Optional.of(Optional.empty()), absent.map(ExternalIdentity::verifiedEmail));
    }

    @Test
    void anInvalidEmailIsDroppedButTheIdentityKept() {
        Optional<ExternalIdentity> identity = identitiesAt(NOW).verify(rs256(claims().claim("email", "not an email")
                .build()));

        assertEquals(Optional.of(Optional.empty()), identity.map(ExternalIdentity::verifiedEmail));
        assertEquals(Optional.of("subject-1"), identity.map(ExternalIdentity::subject));
    }

    @Test
    void aTokenFromAnotherIssuerIsRejectedWithoutFetchingTheKeySet() {
        Optional<ExternalIdentity> identity = identitiesAt(NOW).verify(rs256(claims().issuer("https://evil.test")
                .build()));

        assertEquals(Optional.empty(), identity);
        assertEquals(0, jwksRequests.get());
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() {
        assertEquals(Optional.empty(), identitiesAt(NOW).verify(rs256(claims().audience("someone-else").build())));
    }

    @Test
    void anExpiredTokenIsRejectedBeyondThirtySecondsOfSkew() {
        String token = rs256(claims().build());

        assertTrue(identitiesAt(EXPIRY.plusSeconds(29)).verify(token).isPresent(), "within the tolerated skew");
        assertEquals(Optional.empty(), identitiesAt(EXPIRY.plusSeconds(31)).verify(token));
    }

    @Test
    void aTokenWithoutExpiryOrSubjectIsRejected() {
        assertEquals(Optional.empty(), identitiesAt(NOW).verify(rs256(claims().expirationTime(null).build())));
        assertEquals(Optional.empty(), identitiesAt(NOW).verify(rs256(claims().subject(null).build())));
    }

    @Test
    void aTokenSignedByAnUnknownKeyIsRejected() throws JOSEException {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
        RSAKey impostor = new RSAKeyGenerator(2048).keyID("rsa-1").generate(); // claims the published key id

        assertEquals(Optional.empty(), identitiesAt(NOW).verify(sign(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("stranger").build(), claims().build(),
                new RSASSASigner(stranger))));
        assertEquals(Optional.empty(), identitiesAt(NOW).verify(sign(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1").build(), claims().build(),
                new RSASSASigner(impostor))));
    }

    @Test
    void anHs256TokenIsRejected() throws JOSEException {
        byte[] secret = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
        String token = sign(new JWSHeader(JWSAlgorithm.HS256), claims().build(), new MACSigner(secret));

        assertEquals(Optional.empty(), identitiesAt(NOW).verify(token));
    }

    @Test
    void anUnsignedTokenIsRejected() {
        String none = Base64URL.encode("{\"alg\":\"none\"}") + "." + Base64URL.encode(claims().build().toString())
                + ".";

        assertEquals(Optional.empty(), identitiesAt(NOW).verify(none));
    }

    @Test
    void anUnreachableKeySetMeansNoIdentityRatherThanAnError() {
        server.stop(0); // the port is closed now: connection refused

        assertEquals(Optional.empty(), identitiesAt(NOW).verify(rs256(claims().build())));
    }

    @Test
    void junkIsRejectedWithoutThrowing() {
        OidcExternalIdentities identities = identitiesAt(NOW);

        for (String junk : new String[] {null, "", "abc", "a.b.c", "gk_b3Jn_c2VjcmV0", ENCRYPTED}) {
            assertEquals(Optional.empty(), identities.verify(junk), String.valueOf(junk));
        }
        assertEquals(0, jwksRequests.get());
    }

    @Test
    void withoutAConfiguredIssuerNoTokenIsAccepted() {
        assertEquals(Optional.empty(), new NoExternalIdentities().verify(rs256(claims().build())));
    }

    @Test
    void settingsRefuseANonHttpKeySetUri() {
        assertThrows(IllegalArgumentException.class,
                () -> new OidcSettings(ISSUER, URI.create("file:///etc/jwks.json"), AUDIENCE));
        assertThrows(IllegalArgumentException.class, () -> new OidcSettings(" ", jwksUri(), AUDIENCE));
    }

    private OidcExternalIdentities identitiesAt(Instant now) {
        return new OidcExternalIdentities(new OidcSettings(ISSUER, jwksUri(), AUDIENCE), Clock.fixed(now,
                ZoneOffset.UTC));
    }

    private URI jwksUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
    }

    private static JWTClaimsSet.Builder claims() {
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

    private static String rs256(JWTClaimsSet claims) {
        try {
            return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1").build(), claims,
                    new RSASSASigner(rsaKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWSSigner ecSigner() {
        try {
            return new ECDSASigner(ecKey);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
