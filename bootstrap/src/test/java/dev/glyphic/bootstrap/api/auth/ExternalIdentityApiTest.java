package dev.glyphic.bootstrap.api.auth;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.FakeOidcIssuer;
import dev.glyphic.bootstrap.testing.TestServer;
import dev.glyphic.bootstrap.testing.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens of the configured external OpenID Connect issuer: who they map to, and which of them are refused.
 * The issuer is a real one on localhost ({@link FakeOidcIssuer}), publishing its keys over HTTP.
 */
class ExternalIdentityApiTest {
    private final Api api = new Api();
    private final FakeOidcIssuer issuer = TestServer.get().oidc();

    private static String subject() {
        return "oidc|" + UUID.randomUUID();
    }

    private static String email() {
        return "oidc-" + UUID.randomUUID() + "@example.com";
    }

    private Api.Reply me(String token) {
        return api.get("/api/v1/me").bearer(token).send();
    }

    /** Claims the issuer would write for a verified address, to be altered by a test. */
    private JWTClaimsSet.Builder claims(String subject, String email) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer.issuer()).subject(subject).audience(FakeOidcIssuer.AUDIENCE)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("email", email).claim("email_verified", true).claim("name", "Ext Ernal");
    }

    @Test
    void aNewSubjectWithAVerifiedEmailBecomesAUserAndStaysTheSameUser() {
        String subject = subject();
        String email = email();

        Api.Reply first = me(issuer.token(subject, email, true, "Katherine Johnson"));

        assertEquals(200, first.status(), first::toString);
        assertEquals(email, first.text("email"));
        assertEquals("Katherine Johnson", first.text("name"));
        Api.Reply again = me(issuer.token(subject, email, true, "Katherine Johnson"));
        assertEquals(200, again.status(), again::toString);
        assertEquals(first.text("id"), again.text("id"));
    }

    @Test
    void theSameSubjectIsTheSameUserEvenWhenItsTokenNoLongerCarriesAnEmail() {
        String subject = subject();
        Api.Reply first = me(issuer.token(subject, email(), true, "Dorothy Vaughan"));
        assertEquals(200, first.status(), first::toString);

        Api.Reply later = me(issuer.token(subject, null, false, "Dorothy Vaughan"));

        assertEquals(200, later.status(), later::toString);
        assertEquals(first.text("id"), later.text("id"));
    }

    @Test
    void aVerifiedEmailOfAnExistingPasswordUserSignsInAsThatUser() {
        TestUser ada = TestUser.signUp(api);

        Api.Reply reply = me(issuer.token(subject(), ada.email(), true, "Ada via SSO"));

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(ada.id(), reply.text("id"));
    }

    /**
     * Pre-account takeover: someone signs up with another person's address and never verifies it; when the real
     * owner later signs in through the identity provider, linking would leave the squatter's password working on
     * the owner's account. The sign-in is refused and nothing is linked, until the address is verified here.
     */
    @Test
    void aVerifiedEmailNeverAttachesToAPasswordAccountThatNeverVerifiedIt() {
        TestUser squatter = TestUser.signUpUnverified(api);
        String subject = subject();

        problem(401, "unauthenticated", me(issuer.token(subject, squatter.email(), true, "The Real Owner")));
        problem(401, "unauthenticated", me(issuer.token(subject, squatter.email(), true, "The Real Owner")));

        TestUser.verifyEmail(api, squatter.email());
        Api.Reply linked = me(issuer.token(subject, squatter.email(), true, "The Real Owner"));
        assertEquals(200, linked.status(), linked::toString);
        assertEquals(squatter.id(), linked.text("id"), "once the address is proved, the accounts are one");
    }

    @Test
    void aUserProvisionedFromAVerifiedEmailHasAVerifiedAddress() {
        Api.Reply first = me(issuer.token(subject(), email(), true, "Mary Jackson"));
        assertEquals(200, first.status(), first::toString);
        assertEquals(true, first.json().path("emailVerified").asBoolean(false), first::toString);
    }

    @Test
    void anUnverifiedEmailOfANewSubjectIsUnauthenticated() {
        problem(401, "unauthenticated", me(issuer.token(subject(), email(), false, "Mallory")));
    }

    @Test
    void anUnverifiedEmailCannotTakeOverAnExistingAccount() {
        TestUser ada = TestUser.signUp(api);

        problem(401, "unauthenticated", me(issuer.token(subject(), ada.email(), false, "Mallory")));
    }

    @Test
    void aNewSubjectWithoutAnyEmailIsUnauthenticated() {
        problem(401, "unauthenticated", me(issuer.token(subject(), null, false, "Nobody")));
    }

    @Test
    void aTokenOfTheIssuerForAnotherAudienceIsUnauthenticated() {
        String subject = subject();
        String email = email();
        problem(401, "unauthenticated", me(issuer.sign(claims(subject, email).audience("another-client").build())));

        assertEquals(200, me(issuer.sign(claims(subject, email).build())).status(), "the same claims, right audience");
    }

    @Test
    void anExpiredTokenOfTheIssuerIsUnauthenticated() {
        Instant now = Instant.now();
        JWTClaimsSet expired = claims(subject(), email()).issueTime(Date.from(now.minus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(now.minus(Duration.ofMinutes(5)))).build();

        problem(401, "unauthenticated", me(issuer.sign(expired)));
    }

    @Test
    void aTokenNamingTheIssuerButSignedWithAnotherKeyUnderItsKeyIdIsUnauthenticated() throws Exception {
        String keyId = SignedJWT.parse(issuer.token(subject(), email(), true, "x")).getHeader().getKeyID();
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(keyId).generate();

        problem(401, "unauthenticated", me(signWith(impostor, claims(subject(), email()).build())));
    }

    @Test
    void aPersonSignedInThroughTheIssuerCanFoundAnOrganization() {
        String token = issuer.token(subject(), email(), true, "Mary Jackson");
        String slug = "sso-" + UUID.randomUUID().toString().substring(0, 12);

        Api.Reply org = api.post("/api/v1/orgs", json("name", "SSO Studio", "slug", slug)).bearer(token).send();

        assertEquals(201, org.status(), org::toString);
        assertEquals("owner", org.text("role"));
        assertEquals(200, api.get("/api/v1/orgs/" + org.text("id")).bearer(token).send().status());
    }

    @Test
    void aPersonSignedInThroughTheIssuerHasNoPasswordToChange() {
        String token = issuer.token(subject(), email(), true, "Mary Jackson");

        Api.Reply reply = api.post("/api/v1/auth/password", json("currentPassword", "anything at all",
                "newPassword", "a brand new and long password")).bearer(token).send();

        problem(409, "no-password", reply);
    }

    private static String signWith(RSAKey key, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
