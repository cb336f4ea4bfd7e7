package dev.glyphic.application.port.out.auth;

import java.util.Objects;

/**
 * The SHA-256 digest of a high-entropy secret (refresh token, API key, invitation), hex-encoded. Such secrets are
 * random, so a fast digest is safe; only the digest is stored, so a database leak reveals no usable token.
 */
public record TokenDigest(String hex) {
    public TokenDigest {
        Objects.requireNonNull(hex);
    }
}
