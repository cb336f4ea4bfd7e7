package dev.glyphic.domain.identity;

import java.time.Instant;
import java.util.Objects;

/** A person. Users are global: one email, any number of organizations through memberships. */
public record User(UserId id, Email email, DisplayName name, Instant createdAt) {
    public User {
        Objects.requireNonNull(id);
        Objects.requireNonNull(email);
        Objects.requireNonNull(name);
        Objects.requireNonNull(createdAt);
    }

    public static User register(Email email, DisplayName name, Instant now) {
        return new User(UserId.random(), email, name, now);
    }
}
