package dev.glyphic.integrations.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.auth.PasswordHash;
import dev.glyphic.application.port.out.auth.PasswordHasher;
import dev.glyphic.domain.identity.NewPassword;
import org.junit.jupiter.api.Test;

/** What every {@link PasswordHasher} must do; {@code Argon2idPasswordHasherTest} runs it. */
abstract class PasswordHasherContract {
    protected static final String PASSWORD = "correct horse battery staple";

    /** The adapter under test; cheap parameters are welcome, these tests hash many times. */
    protected abstract PasswordHasher adapter();

    @Test
    void aHashMatchesItsPassword() {
        PasswordHasher hasher = adapter();
        PasswordHash hash = hasher.hash(NewPassword.of(PASSWORD));

        assertTrue(hasher.matches(PASSWORD, hash));
    }

    @Test
    void aHashDoesNotMatchAnotherPassword() {
        PasswordHasher hasher = adapter();
        PasswordHash hash = hasher.hash(NewPassword.of(PASSWORD));

        assertFalse(hasher.matches("correct horse battery stapl", hash));
        assertFalse(hasher.matches("", hash));
    }

    @Test
    void nonAsciiPasswordsAreHashedAsUtf8() {
        PasswordHasher hasher = adapter();
        PasswordHash hash = hasher.hash(NewPassword.of("pässwörd-ünïcødé"));

        assertTrue(hasher.matches("pässwörd-ünïcødé", hash));
        assertFalse(hasher.matches("passwort-unicode", hash));
    }

    @Test
    void theSamePasswordGetsADifferentSaltEachTime() {
        PasswordHasher hasher = adapter();

        assertNotEquals(hasher.hash(NewPassword.of(PASSWORD)).encoded(),
                hasher.hash(NewPassword.of(PASSWORD)).encoded());
    }

    @Test
    void aHashIsAPhcStringThatDoesNotContainThePassword() {
        String encoded = adapter().hash(NewPassword.of(PASSWORD)).encoded();

        assertTrue(encoded.matches("\\$[a-z0-9-]+\\$.+"), encoded);
        assertFalse(encoded.contains(PASSWORD), encoded);
    }

    @Test
    void burningTimeNeitherFailsNorNeedsAValidPassword() {
        PasswordHasher hasher = adapter();
        hasher.burnEquivalentTime("x");
        hasher.burnEquivalentTime(null);
        assertTrue(hasher.matches(PASSWORD, hasher.hash(NewPassword.of(PASSWORD))), "hasher still usable");
    }
}
