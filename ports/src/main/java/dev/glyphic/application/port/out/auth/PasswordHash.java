package dev.glyphic.application.port.out.auth;

import java.util.Objects;

/** A password hash in PHC string form ({@code $argon2id$v=19$m=…}); it carries its own parameters and salt. */
public record PasswordHash(String encoded) {
    public PasswordHash {
        Objects.requireNonNull(encoded);
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
