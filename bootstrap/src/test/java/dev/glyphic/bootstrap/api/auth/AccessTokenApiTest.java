package dev.glyphic.bootstrap.api.auth;

import static dev.glyphic.bootstrap.testing.Expect.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestServer;
import dev.glyphic.bootstrap.testing.TestUser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bearer access tokens on GET /api/v1/me, from the hostile side. Every forged variant is built from the claims of a
 * genuine session; {@link #aTokenSignedWithOurSecretForALiveSessionIsAccepted()} shows those claims pass, so each
 * refusal is for the one thing its test changed.
 */
class AccessTokenApiTest {
    private static final String ME = "/api/v1/me";

    private final Api api = new Api();
    private final TestUser ada = TestUser.signUp(api);

    private Api.Reply me(String token) {
        return api.get(ME).bearer(token).send();
    }

    private JWTClaimsSet.Builder genuineClaims() {
        return ForgedTokens.claimsOf(ada.accessToken());
    }

    @Test
    void aTokenSignedWithOurSecretForALiveSessionIsAccepted() {
        JWTClaimsSet claims = genuineClaims().build();
        assertEquals(ada.id(), claims.getSubject());

        Api.Reply reply = me(ForgedTokens.hs256(claims));

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(ada.id(), reply.text("id"));
    }

    @Test
    void aRequestWithoutAuthorizationIsUnauthenticated() {
        problem(401, "unauthenticated", api.get(ME).send());
    }

    @Test
    void aBearerThatIsNotATokenIsUnauthenticated() {
        problem(401, "unauthenticated", me("garbage"));
        problem(401, "unauthenticated", me("a.b.c"));
    }

    @Test
    void aValidTokenWithOneSignatureCharacterChangedIsUnauthenticated() {
        assertEquals(200, me(ada.accessToken()).status());

        problem(401, "unauthenticated", me(ForgedTokens.withTamperedSignature(ada.accessToken())));
    }

    @Test
    void anUnsignedTokenWithValidClaimsIsUnauthenticated() {
        problem(401, "unauthenticated", me(ForgedTokens.unsigned(genuineClaims().build())));
    }

    @Test
    void aTokenSignedWithAnotherSecretIsUnauthenticated() {
        byte[] otherSecret = ("another-secret-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        problem(401, "unauthenticated", me(ForgedTokens.hs256(genuineClaims().build(), otherSecret)));
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        Instant now = Instant.now();
        JWTClaimsSet expired = genuineClaims().issueTime(Date.from(now.minus(Duration.ofMinutes(20))))
                .expirationTime(Date.from(now.minusSeconds(5))).build();

        problem(401, "unauthenticated", me(ForgedTokens.hs256(expired)));
    }

    @Test
    void aTokenWithoutExpiryIsUnauthenticated() {
        problem(401, "unauthenticated", me(ForgedTokens.hs256(genuineClaims().expirationTime(null).build())));
    }

    @Test
    void aTokenForAnotherAudienceIsUnauthenticated() {
        problem(401, "unauthenticated", me(ForgedTokens.hs256(genuineClaims().audience("another-api").build())));
    }

    @Test
    void aTokenFromAnotherIssuerIsUnauthenticated() {
        problem(401, "unauthenticated", me(ForgedTokens.hs256(genuineClaims().issuer("not-" + TestServer.JWT_ISSUER)
                .build())));
    }

    @Test
    void aTokenSignedWithHs512UnderOurSecretIsUnauthenticated() {
        problem(401, "unauthenticated", me(ForgedTokens.hs512(genuineClaims().build())));
    }

    @Test
    void aTokenNamingASessionThatWasNeverIssuedIsUnauthenticated() {
        problem(401, "unauthenticated", me(ForgedTokens.hs256(genuineClaims().claim("sid", UUID.randomUUID().toString())
                .build())));
    }

    @Test
    void aLiveSessionOfSomeoneElseDoesNotVouchForThisPerson() {
        TestUser grace = TestUser.signUp(api);
        JWTClaimsSet claims = genuineClaims().claim("sid", ForgedTokens.sessionOf(grace.accessToken())).build();

        problem(401, "unauthenticated", me(ForgedTokens.hs256(claims)));
    }

    @Test
    void aTokenWhoseSubjectIsNotAUserIdIsUnauthenticated() {
        problem(401, "unauthenticated", me(ForgedTokens.hs256(genuineClaims().subject("admin").build())));
    }
}
