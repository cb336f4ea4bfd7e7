package dev.glyphic.integrations.token;

import dev.glyphic.application.port.out.auth.SecretTokens;
import dev.glyphic.application.port.out.auth.TokenDigest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random bearer secrets from {@link SecureRandom}, and their SHA-256 digests for storage. */
public final class SecureRandomSecretTokens implements SecretTokens {
    /** Below 128 bits a secret could be guessed; a smaller request is a bug in the caller. */
    static final int MIN_BYTES = 16;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();

    public SecureRandomSecretTokens() {
    }

    @Override
    public String random(int bytes) {
        if (bytes < MIN_BYTES) {
            throw new IllegalArgumentException("a secret token needs at least " + MIN_BYTES + " random bytes");
        }
        byte[] secret = new byte[bytes];
        random.nextBytes(secret);
        return ENCODER.encodeToString(secret);
    }

    @Override
    public TokenDigest digest(String token) {
        return new TokenDigest(HexFormat.of().formatHex(sha256().digest(token.getBytes(StandardCharsets.UTF_8))));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
