package dev.glyphic.domain.execution;

import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a node's next attempt may run after one failed: exponential backoff, capped, with proportional jitter.
 *
 * <p>The backoff after attempt {@code n} is {@code initialBackoff × multiplier^(n−1)}, capped at {@code maxBackoff}.
 * Jitter only ever <em>shortens</em> it: the delay is {@code backoff × (1 − jitter × r)} for a random {@code r} in
 * [0, 1], so it lies in [{@code backoff × (1 − jitter)}, {@code backoff}]. Jitter 1 is "full jitter" (anywhere from
 * no wait to the backoff), 0.5 is "equal jitter", 0 is none. Subtracting rather than adding keeps the cap a hard
 * ceiling: the longest wait a user configured is the longest they get, and a node's retries fit in the time they
 * add up to without jitter. Below full jitter there is also a floor, so a struggling downstream is never hit again
 * at once, while a crowd of runs that failed together is still spread over {@code jitter × backoff}.
 *
 * @param maxAttempts    attempts in all, the first included; 1 means never retry
 * @param initialBackoff the wait after the first failed attempt, before jitter; zero retries at once
 * @param multiplier     how much each further wait grows; at least 1
 * @param maxBackoff     the longest wait, before jitter
 * @param jitter         the fraction of each wait that is random, in [0, 1]
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff,
                          double jitter) {
    /** A step that failed this often will not succeed next time; the cap bounds what a poison step costs. */
    public static final int MAX_ATTEMPTS = 25;
    /** A longer wait is a delay node's job, not a retry's (and keeps the arithmetic exact in a double). */
    public static final Duration MAX_BACKOFF = Duration.ofDays(1);
    /**
     * Three attempts, waiting about 1 s then about 2 s (each shortened by up to half at random). Declared after the
     * limits, which its construction checks.
     */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(3, Duration.ofSeconds(1), 2.0, Duration.ofMinutes(5), 0.5);

    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        List<Violation> violations = new ArrayList<>();
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
            violations.add(Violation.of("maxAttempts", "out_of_range", "must be between 1 and " + MAX_ATTEMPTS));
        }
        if (initialBackoff.isNegative()) {
            violations.add(Violation.of("initialBackoff", "out_of_range", "must not be negative"));
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            // A shrinking backoff would hit a struggling downstream harder the longer it struggles.
            violations.add(Violation.of("multiplier", "out_of_range", "must be a number of at least 1"));
        }
        if (maxBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0
                || maxBackoff.compareTo(MAX_BACKOFF) > 0) {
            violations.add(Violation.of("maxBackoff", "out_of_range",
                    "must be at least initialBackoff and at most " + MAX_BACKOFF.toDays() + " day"));
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            violations.add(Violation.of("jitter", "out_of_range", "must be between 0 and 1"));
        }
        if (!violations.isEmpty()) {
            throw new DomainException.Invalid(violations);
        }
    }

    /**
     * When the next attempt may run, or empty when {@code attemptJustFailed} was the last one allowed.
     *
     * @param random a source of numbers in [0, 1], such as {@code ThreadLocalRandom.current()::nextDouble}
     */
    public Optional<Instant> nextAttemptAt(int attemptJustFailed, Instant now, DoubleSupplier random) {
        if (attemptJustFailed < 1) {
            throw new IllegalArgumentException("attempts count from 1: " + attemptJustFailed);
        }
        if (attemptJustFailed >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delay(attemptJustFailed, random.getAsDouble())));
    }

    /** The wait after {@code attemptJustFailed} before jitter: the upper bound of {@link #delay}. */
    public Duration backoff(int attemptJustFailed) {
        if (attemptJustFailed < 1) {
            throw new IllegalArgumentException("attempts count from 1: " + attemptJustFailed);
        }
        long max = maxBackoff.toNanos();
        if (initialBackoff.isZero()) {
            return Duration.ZERO;
        }
        // Infinity (a huge exponent) compares as >= max, so the cap also absorbs overflow.
        double exact = initialBackoff.toNanos() * Math.pow(multiplier, attemptJustFailed - 1);
        return Duration.ofNanos(exact >= max ? max : (long) exact);
    }

    /** The jittered wait for a given random draw {@code r} in [0, 1]. */
    public Duration delay(int attemptJustFailed, double r) {
        if (!(r >= 0.0 && r <= 1.0)) {
            throw new IllegalArgumentException("the random draw must be in [0, 1]: " + r);
        }
        long backoff = backoff(attemptJustFailed).toNanos();
        return Duration.ofNanos(backoff - (long) (backoff * jitter * r));
    }
}
