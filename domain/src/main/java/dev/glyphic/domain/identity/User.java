package dev.glyphic.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person. Users are global: one email, any number of organizations through memberships.
 *
 * @param emailVerifiedAt when the person proved they read mail at {@code email} (a link we sent, or an identity
 *                        provider that vouched for it); empty while anyone could have typed the address in
 */
public record User(UserId id, Email email, DisplayName name, Instant createdAt, Optional<Instant> emailVerifiedAt) {
    public User {
        Objects.requireNonNull(id);
        Objects.requireNonNull(email);
        Objects.requireNonNull(name);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(emailVerifiedAt);
    }

    /** A person who signed up with an address they have not yet proved. */
    public static User register(Email email, DisplayName name, Instant now) {
        return new User(UserId.random(), email, name, now, Optional.empty());
    }

    /** A person whose address an identity provider has already verified. */
    public static User registerVerified(Email email, DisplayName name, Instant now) {
        return new User(UserId.random(), email, name, now, Optional.of(now));
    }

    public boolean emailVerified() {
        return emailVerifiedAt.isPresent();
    }
}
