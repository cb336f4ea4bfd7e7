package dev.glyphic.integrations.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.auth.SecretTokens;
import dev.glyphic.application.port.out.auth.TokenDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SecretTokens} must do; {@code SecureRandomSecretTokensTest} runs it. Digests are stored, so
 * every adapter must compute the one {@link TokenDigest} names (SHA-256, hex), or stored secrets stop matching.
 */
abstract class SecretTokensContract {

    /** A new instance of the adapter under test on each call. */
    protected abstract SecretTokens adapter();

    @Test
    void theDigestIsLowerCaseHexSha256() {
        assertEquals(new TokenDigest("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                adapter().digest("abc"));
    }

    @Test
    void theDigestIsStableAndDistinguishesTokens() {
        SecretTokens tokens = adapter();
        String token = tokens.random(32);

        assertEquals(tokens.digest(token), adapter().digest(token));
        assertTrue(tokens.digest(token).hex().matches("[0-9a-f]{64}"));
        assertNotEquals(tokens.digest(token), tokens.digest(token + "x"));
    }

    @Test
    void randomTokensAreUnpaddedBase64UrlOfTheRequestedLength() {
        SecretTokens tokens = adapter();
        String token = tokens.random(32);

        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertNotEquals(token, tokens.random(32));
    }
}
