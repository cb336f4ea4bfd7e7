package dev.glyphic.integrations.crypto;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An argon2id hash in the PHC string format the reference implementation writes:
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, salt and hash in standard base64 without padding.
 */
final class PhcHash {
    private static final Pattern FORMAT = Pattern.compile(
            "^\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)$");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();
    /** The argon2 spec's minimum salt length; shorter salts are not argon2 hashes. */
    private static final int MIN_SALT_BYTES = 8;
    private static final int MIN_HASH_BYTES = 16;
    private static final int MAX_HASH_BYTES = 64;

    private final Argon2Settings settings;
    private final byte[] salt;
    private final byte[] hash;

    PhcHash(Argon2Settings settings, byte[] salt, byte[] hash) {
        this.settings = settings;
        this.salt = salt.clone();
        this.hash = hash.clone();
    }

    /** Empty for anything that is not a well-formed argon2id v1.3 PHC string within sane bounds. */
    static Optional<PhcHash> parse(String encoded) {
        if (encoded == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(encoded);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Argon2Settings settings = new Argon2Settings(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            byte[] salt = DECODER.decode(m.group(4));
            byte[] hash = DECODER.decode(m.group(5));
            if (salt.length < MIN_SALT_BYTES || hash.length < MIN_HASH_BYTES || hash.length > MAX_HASH_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new PhcHash(settings, salt, hash));
        } catch (IllegalArgumentException e) { // bad base64, or parameters out of bounds
            return Optional.empty();
        }
    }

    String format() {
        return "$argon2id$v=19$m=" + settings.memoryKib() + ",t=" + settings.iterations() + ",p="
                + settings.parallelism() + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    Argon2Settings settings() {
        return settings;
    }

    byte[] salt() {
        return salt.clone();
    }

    byte[] hash() {
        return hash.clone();
    }

    int hashLength() {
        return hash.length;
    }

    @Override
    public String toString() {
        return "PhcHash[" + settings + ", ***]";
    }
}
