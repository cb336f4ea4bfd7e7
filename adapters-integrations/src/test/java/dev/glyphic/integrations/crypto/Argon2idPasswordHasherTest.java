package dev.glyphic.integrations.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.auth.PasswordHash;
import dev.glyphic.application.port.out.auth.PasswordHasher;
import dev.glyphic.domain.identity.NewPassword;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PasswordHasher contract, run against {@link Argon2idPasswordHasher}, and what is Argon2id about it. */
class Argon2idPasswordHasherTest extends PasswordHasherContract {
    /** Cheap parameters keep the suite fast; the OWASP defaults get their own test. */
    private static final Argon2Settings FAST = new Argon2Settings(1024, 1, 1);

    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(FAST);

    @Override
    protected PasswordHasher adapter() {
        return hasher;
    }

    @Test
    void theDefaultParametersAreOwaspsAndLandInThePhcString() {
        Argon2idPasswordHasher owasp = new Argon2idPasswordHasher(Argon2Settings.OWASP);

        PasswordHash hash = owasp.hash(NewPassword.of(PASSWORD));

        String[] parts = hash.encoded().split("\\$");
        assertEquals(6, parts.length, hash.encoded());
        assertEquals("argon2id", parts[1]);
        assertEquals("v=19", parts[2]);
        assertEquals("m=19456,t=2,p=1", parts[3]);
        assertEquals(16, Base64.getDecoder().decode(parts[4]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[5]).length);
        assertFalse(parts[4].endsWith("=") || parts[5].endsWith("="), "no base64 padding");
        assertTrue(owasp.matches(PASSWORD, hash));
    }

    /** The published argon2id vector of the reference implementation (phc-winner-argon2, src/test.c). */
    @Test
    void verifiesAHashWrittenByTheReferenceImplementation() {
        PasswordHash reference = new PasswordHash(
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");

        assertTrue(hasher.matches("password", reference));
        assertFalse(hasher.matches("passwore", reference));
    }

    @Test
    void verificationUsesTheParametersStoredInTheHashNotTheCurrentOnes() {
        PasswordHash old = hasher.hash(NewPassword.of(PASSWORD));
        Argon2idPasswordHasher raised = new Argon2idPasswordHasher(new Argon2Settings(2048, 2, 1));

        assertTrue(raised.matches(PASSWORD, old));
        assertTrue(raised.needsRehash(old));
        assertFalse(hasher.needsRehash(old));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "plain-text-password",
        "$argon2i$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=16$m=1024,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=1024,t=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ",
        "$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$",
        "$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$C",
        "$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc=",
        "$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=1024,t=1,p=0$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=99999999,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1a",
    })
    void aMalformedStoredHashNeverMatchesAndNeverThrows(String stored) {
        assertFalse(hasher.matches("password", new PasswordHash(stored)));
    }

    @Test
    void settingsOutsideTheArgon2BoundsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Argon2Settings(4, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Argon2Settings(1024, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Argon2Settings(1024, 1, 0));
    }
}
