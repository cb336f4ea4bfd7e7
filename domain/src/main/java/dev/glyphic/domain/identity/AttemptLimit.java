package dev.glyphic.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most {@code max} attempts of one kind (password checks for an account, sign-ups from a client address) per
 * fixed window of {@code window}, the window starting with the first attempt after the previous one ended. Attempts
 * are counted before the work they guard (a password hash) is done, so that requests arriving together cannot all
 * pass a count that none of them has added to yet.
 */
public record AttemptLimit(int max, Duration window) {

    public AttemptLimit {
        if (max < 1) {
            throw new IllegalArgumentException("an attempt limit allows at least one attempt, not " + max);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("an attempt limit needs a positive window, not " + window);
        }
    }

    /**
     * How long the caller must wait, given that this attempt is number {@code attempt} of a window that ends at
     * {@code windowEnds}; empty when the attempt may go ahead. The wait is never under a second, so a client told
     * to retry after it does not come back within the same second.
     */
    public Optional<Duration> refusal(long attempt, Instant windowEnds, Instant now) {
        if (attempt <= max) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, windowEnds);
        return Optional.of(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
    }
}
