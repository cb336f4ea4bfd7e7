package dev.glyphic.application.port.out.auth;

/** Random secrets and their digests. */
public interface SecretTokens {

    /** {@code bytes} of secure randomness, base64url without padding. */
    String random(int bytes);

    TokenDigest digest(String token);
}
