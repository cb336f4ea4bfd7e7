package dev.glyphic.application.auth;

import dev.glyphic.domain.identity.AttemptLimit;
import java.util.Objects;

/**
 * One counter an attempt is charged to: its key (e.g. {@code login:account:ada@example.com}), the limit that
 * applies, and what a success does to it: an account's failures are forgotten once its owner gets in, whereas a
 * client address only gets its one attempt back (a success from a shared address must not wipe others' failures).
 */
public record ThrottledAttempt(String key, AttemptLimit limit, boolean clearOnSuccess) {

    public ThrottledAttempt {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(limit, "limit");
    }
}
