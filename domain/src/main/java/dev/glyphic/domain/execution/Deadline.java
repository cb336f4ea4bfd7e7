package dev.glyphic.domain.execution;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The moment something that started must have ended. Overdue <em>at</em> the deadline, not only after it, so a
 * timeout of 30 s allows strictly less than 30 s.
 */
public record Deadline(Instant at) {
    public Deadline {
        Objects.requireNonNull(at);
    }

    public static Deadline after(Instant startedAt, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a timeout must be positive: " + timeout);
        }
        return new Deadline(startedAt.plus(timeout));
    }

    public boolean isOverdue(Instant now) {
        return !now.isBefore(at);
    }

    /** Time left before the deadline; zero once it is overdue. */
    public Duration remaining(Instant now) {
        return isOverdue(now) ? Duration.ZERO : Duration.between(now, at);
    }
}
