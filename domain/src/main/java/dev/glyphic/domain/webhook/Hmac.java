package dev.glyphic.domain.webhook;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * HMAC-SHA256 (RFC 2104) on {@link MessageDigest}: the domain knows only {@code java..}, and the construction is
 * short enough to hold here, where the signature rules that use it live. Tested against {@code javax.crypto.Mac}
 * and the Standard Webhooks library.
 */
final class Hmac {
    private static final int BLOCK = 64;

    private Hmac() {
    }

    static byte[] sha256(byte[] key, byte[]... message) {
        byte[] block = key.length > BLOCK ? digest().digest(key) : key;
        byte[] inner = new byte[BLOCK];
        byte[] outer = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            byte k = i < block.length ? block[i] : 0;
            inner[i] = (byte) (k ^ 0x36);
            outer[i] = (byte) (k ^ 0x5c);
        }
        MessageDigest digest = digest();
        digest.update(inner);
        for (byte[] part : message) {
            digest.update(part);
        }
        byte[] innerHash = digest.digest();
        digest.update(outer);
        byte[] mac = digest.digest(innerHash);
        Arrays.fill(inner, (byte) 0);
        Arrays.fill(outer, (byte) 0);
        return mac;
    }

    /** Compares in time independent of where the inputs differ, so a forger learns nothing from the answer's speed. */
    static boolean same(byte[] expected, byte[] given) {
        return MessageDigest.isEqual(expected, given);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
