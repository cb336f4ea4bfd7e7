package dev.glyphic.integrations.crypto;

import dev.glyphic.application.port.out.auth.PasswordHash;
import dev.glyphic.application.port.out.auth.PasswordHasher;
import dev.glyphic.domain.identity.NewPassword;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * argon2id password hashing (BouncyCastle), written as PHC strings compatible with the reference implementation.
 * Verification reads the parameters from the stored string, so {@link Argon2Settings} can be raised without
 * invalidating existing hashes.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** Any fixed salt will do: the result of {@link #burnEquivalentTime} is thrown away. */
    private static final byte[] DUMMY_SALT = new byte[SALT_BYTES];

    private final Argon2Settings settings;
    private final SecureRandom random = new SecureRandom();

    public Argon2idPasswordHasher(Argon2Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public PasswordHash hash(NewPassword password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password.value(), settings, salt, HASH_BYTES);
        return new PasswordHash(new PhcHash(settings, salt, hash).format());
    }

    /** False, never an exception, for a stored hash that cannot be parsed: a corrupt row must not become a 500. */
    @Override
    public boolean matches(String candidate, PasswordHash hash) {
        if (candidate == null || hash == null) {
            return false;
        }
        Optional<PhcHash> stored = PhcHash.parse(hash.encoded());
        if (stored.isEmpty()) {
            return false;
        }
        PhcHash phc = stored.get();
        byte[] computed = argon2(candidate, phc.settings(), phc.salt(), phc.hashLength());
        return MessageDigest.isEqual(computed, phc.hash());
    }

    @Override
    public void burnEquivalentTime(String candidate) {
        argon2(candidate == null ? "" : candidate, settings, DUMMY_SALT, HASH_BYTES);
    }

    /**
     * Whether a stored hash was written with parameters other than the current ones (or cannot be read), so the
     * caller can rehash the password after a successful sign-in. Not on the port yet.
     */
    public boolean needsRehash(PasswordHash hash) {
        return PhcHash.parse(hash.encoded()).map(phc -> !phc.settings().equals(settings)).orElse(true);
    }

    private static byte[] argon2(String password, Argon2Settings params, byte[] salt, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKib())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
