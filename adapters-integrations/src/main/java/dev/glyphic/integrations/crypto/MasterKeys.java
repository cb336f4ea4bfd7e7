package dev.glyphic.integrations.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The master keys that wrap the orgs' data keys: the active one wraps, every configured one unwraps, so a rotation
 * is configuring the new key as active beside the old and re-wrapping every data key before the old one goes. A key
 * is 32 random bytes (AES-256) named by an id; a key configured without one is named by its fingerprint.
 */
public final class MasterKeys {
    static final int KEY_BYTES = 32;

    private final String activeId;
    private final Map<String, byte[]> keys;

    /** @param keys every usable key by id; {@code activeId} must be one of them */
    public MasterKeys(String activeId, Map<String, byte[]> keys) {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (id == null || id.isBlank() || id.length() > 64) {
                throw new IllegalArgumentException("a master key id has 1 to 64 characters");
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException("master key " + id + " has " + key.length + " bytes, not "
                        + KEY_BYTES);
            }
            copy.put(id, key.clone());
        });
        if (!copy.containsKey(activeId)) {
            throw new IllegalArgumentException("the active master key " + activeId + " is not among the keys");
        }
        this.activeId = activeId;
        this.keys = copy;
    }

    /** One key, named by its fingerprint: what a single {@code GLYPHIC_MASTER_KEY} configures. */
    public static MasterKeys single(byte[] key) {
        return new MasterKeys(fingerprint(key), Map.of(fingerprint(key), key));
    }

    /** {@code "fp-"} and the first 16 hex digits of the key's SHA-256, whose first bytes say nothing of the key. */
    static String fingerprint(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("glyphic master key id".getBytes(StandardCharsets.UTF_8));
            return "fp-" + HexFormat.of().formatHex(sha.digest(key), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    String activeId() {
        return activeId;
    }

    byte[] active() {
        return keys.get(activeId);
    }

    Optional<byte[]> byId(String id) {
        return Optional.ofNullable(keys.get(id));
    }
}
