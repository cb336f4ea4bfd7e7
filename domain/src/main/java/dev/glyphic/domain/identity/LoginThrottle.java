package dev.glyphic.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows password guessing per address: after {@link #MAX_FAILURES} failed sign-ins within {@link #WINDOW}, further
 * attempts are refused until the oldest failure leaves the window. Counting per address (not per client address)
 * stops a botnet as well as a single client; the price, that an attacker can hold a victim out for a window, is
 * bounded by the window's length.
 */
public final class LoginThrottle {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    public static Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }

    /** How long to wait before another attempt, or empty when an attempt may be made now. */
    public static Optional<Duration> waitBeforeNextAttempt(long recentFailures, Instant oldestRecentFailure,
                                                           Instant now) {
        if (recentFailures < MAX_FAILURES) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, oldestRecentFailure.plus(WINDOW));
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }
}
