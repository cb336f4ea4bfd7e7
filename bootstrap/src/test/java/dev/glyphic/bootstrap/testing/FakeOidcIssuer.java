package dev.glyphic.bootstrap.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * A real OpenID Connect issuer on localhost, as far as token verification goes: it publishes its JWKS over HTTP
 * and signs ID tokens with the private half. Enough to test that Glyphic accepts its tokens and refuses others.
 */
public final class FakeOidcIssuer implements AutoCloseable {
    public static final String AUDIENCE = "glyphic-test";

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;

    private FakeOidcIssuer(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/issuer";
    }

    public static FakeOidcIssuer start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/issuer/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
            return new FakeOidcIssuer(server, key);
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException("cannot start the fake OIDC issuer", e);
        }
    }

    public String issuer() {
        return issuer;
    }

    public String jwksUrl() {
        return issuer + "/jwks";
    }

    /** An ID token for {@code subject}; {@code email} may be null. */
    public String token(String subject, String email, boolean emailVerified, String name) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer).subject(subject).audience(AUDIENCE)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))))
                .claim("name", name);
        if (email != null) {
            claims.claim("email", email).claim("email_verified", emailVerified);
        }
        return sign(claims.build());
    }

    public String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
