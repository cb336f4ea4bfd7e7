package dev.glyphic.integrations.token;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glyphic.application.port.out.auth.SecretTokens;
import org.junit.jupiter.api.Test;

/** The SecretTokens contract, run against {@link SecureRandomSecretTokens}, and its own floor on randomness. */
class SecureRandomSecretTokensTest extends SecretTokensContract {

    @Override
    protected SecretTokens adapter() {
        return new SecureRandomSecretTokens();
    }

    @Test
    void tooFewRandomBytesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> adapter().random(8));
    }
}
