package dev.glyphic.integrations.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.auth.TokenDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecureRandomSecretTokensTest {
    private final SecureRandomSecretTokens tokens = new SecureRandomSecretTokens();

    @Test
    void theDigestIsLowerCaseHexSha256() {
        assertEquals(new TokenDigest("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                tokens.digest("abc"));
    }

    @Test
    void theDigestIsStableAndDistinguishesTokens() {
        String token = tokens.random(32);

        assertEquals(tokens.digest(token), new SecureRandomSecretTokens().digest(token));
        assertTrue(tokens.digest(token).hex().matches("[0-9a-f]{64}"));
        assertNotEquals(tokens.digest(token), tokens.digest(token + "x"));
    }

    @Test
    void randomTokensAreUnpaddedBase64UrlOfTheRequestedLength() {
        String token = tokens.random(32);

        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertNotEquals(token, tokens.random(32));
    }

    @Test
    void tooFewRandomBytesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> tokens.random(8));
    }
}
