package dev.glyphic.integrations.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import dev.glyphic.application.port.out.auth.ExternalIdentities;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ExternalIdentities contract against an issuer whose keys a real local HTTP server publishes as a JWKS, as an
 * OpenID provider would; and what only an OIDC adapter does.
 */
class OidcExternalIdentitiesTest extends ExternalIdentitiesContract {
    private HttpServer server;
    private final AtomicInteger jwksRequests = new AtomicInteger();

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
    void anExpiredTokenIsRejectedBeyondThirtySecondsOfSkew() {
        String token = rs256(claims().build());

        assertTrue(identitiesAt(EXPIRY.plusSeconds(29)).verify(token).isPresent(), "within the tolerated skew");
        assertEquals(Optional.empty(), identitiesAt(EXPIRY.plusSeconds(31)).verify(token));
    }

    @Test
    void anUnreachableKeySetMeansNoIdentityRatherThanAnError() {
        server.stop(0); // the port is closed now: connection refused

        assertEquals(Optional.empty(), identitiesAt(NOW).verify(rs256(claims().build())));
    }

    /** The contract rejects these; an OIDC adapter must do so before asking the issuer for its keys. */
    @Test
    void aTokenFromAnotherIssuerOrJunkIsRejectedWithoutFetchingTheKeySet() {
        OidcExternalIdentities identities = identitiesAt(NOW);

        assertEquals(Optional.empty(), identities.verify(rs256(claims().issuer("https://evil.test").build())));
        for (String junk : new String[] {null, "", "abc", "a.b.c", "gk_b3Jn_c2VjcmV0", ENCRYPTED}) {
            assertEquals(Optional.empty(), identities.verify(junk), String.valueOf(junk));
        }
        assertEquals(0, jwksRequests.get());
    }

    @Test
    void settingsRefuseANonHttpKeySetUri() {
        assertThrows(IllegalArgumentException.class,
                () -> new OidcSettings(ISSUER, URI.create("file:///etc/jwks.json"), AUDIENCE));
        assertThrows(IllegalArgumentException.class, () -> new OidcSettings(" ", jwksUri(), AUDIENCE));
    }

    @Override
    protected ExternalIdentities adapter() {
        return identitiesAt(NOW);
    }

    private OidcExternalIdentities identitiesAt(Instant now) {
        return new OidcExternalIdentities(new OidcSettings(ISSUER, jwksUri(), AUDIENCE), Clock.fixed(now,
                ZoneOffset.UTC));
    }

    private URI jwksUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
    }
}
