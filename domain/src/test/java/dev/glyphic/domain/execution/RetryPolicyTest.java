package dev.glyphic.domain.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2025-05-01T12:00:00Z");
    private static final DoubleSupplier NEVER_CALLED = () -> {
        throw new AssertionError("no draw is needed when nothing is scheduled");
    };

    private static Optional<Duration> waitAfter(RetryPolicy policy, int attempt, double draw) {
        return policy.nextAttemptAt(attempt, NOW, () -> draw).map(at -> Duration.between(NOW, at));
    }

    @Test
    void withoutJitterTheWaitsDoubleUpToTheCapAndStopAtTheLastAttempt() {
        RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(10), 0.0);
        assertEquals(Optional.of(Duration.ofSeconds(1)), waitAfter(policy, 1, 0.7));
        assertEquals(Optional.of(Duration.ofSeconds(2)), waitAfter(policy, 2, 0.7));
        assertEquals(Optional.of(Duration.ofSeconds(4)), waitAfter(policy, 3, 0.7));
        assertEquals(Optional.of(Duration.ofSeconds(8)), waitAfter(policy, 4, 0.7));
        assertEquals(Optional.of(Duration.ofSeconds(10)), waitAfter(policy, 5, 0.7));
        assertEquals(Optional.empty(), policy.nextAttemptAt(6, NOW, NEVER_CALLED));
    }

    @Test
    void aFractionalMultiplierGrowsTheWaitsByThatFraction() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), 1.5, Duration.ofMinutes(1), 0.0);
        assertEquals(Duration.ofMillis(100), policy.backoff(1));
        assertEquals(Duration.ofMillis(150), policy.backoff(2));
        assertEquals(Duration.ofMillis(225), policy.backoff(3));
        assertEquals(Duration.ofNanos(337_500_000), policy.backoff(4));
    }

    @Test
    void aMultiplierOfOneWaitsTheSameEachTimeAndAZeroBackoffRetriesAtOnce() {
        RetryPolicy constant = new RetryPolicy(4, Duration.ofSeconds(3), 1.0, Duration.ofSeconds(3), 0.5);
        assertEquals(Duration.ofSeconds(3), constant.backoff(1));
        assertEquals(Duration.ofSeconds(3), constant.backoff(3));
        RetryPolicy immediate = new RetryPolicy(4, Duration.ZERO, 2.0, Duration.ZERO, 1.0);
        assertEquals(Optional.of(NOW), immediate.nextAttemptAt(2, NOW, () -> 0.5));
    }

    @Test
    void theJitterShortensTheWaitByItsFractionOfTheDraw() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(8), 2.0, Duration.ofMinutes(1), 0.5);
        assertEquals(Duration.ofSeconds(8), policy.delay(1, 0.0), "a draw of 0 waits the whole backoff");
        assertEquals(Duration.ofSeconds(6), policy.delay(1, 0.5));
        assertEquals(Duration.ofSeconds(4), policy.delay(1, 1.0), "half jitter waits at least half");
        RetryPolicy full = new RetryPolicy(3, Duration.ofSeconds(8), 2.0, Duration.ofMinutes(1), 1.0);
        assertEquals(Duration.ZERO, full.delay(1, 1.0), "full jitter may not wait at all");
    }

    @Property
    void aJitteredWaitLiesBetweenTheBackoffLessItsJitterAndTheBackoffAndNeverPassesTheCap(
            @ForAll @IntRange(min = 2, max = RetryPolicy.MAX_ATTEMPTS) int maxAttempts,
            @ForAll @LongRange(min = 0, max = 60_000) long initialMillis,
            @ForAll @DoubleRange(min = 1.0, max = 10.0) double multiplier,
            @ForAll @LongRange(min = 0, max = 86_400_000) long extraCapMillis,
            @ForAll @DoubleRange(min = 0.0, max = 1.0) double jitter,
            @ForAll @IntRange(min = 1, max = RetryPolicy.MAX_ATTEMPTS) int attempt,
            @ForAll @DoubleRange(min = 0.0, max = 1.0) double draw) {
        Duration cap = Duration.ofMillis(Math.min(initialMillis + extraCapMillis, RetryPolicy.MAX_BACKOFF.toMillis()));
        Duration initial = Duration.ofMillis(Math.min(initialMillis, cap.toMillis()));
        RetryPolicy policy = new RetryPolicy(maxAttempts, initial, multiplier, cap, jitter);
        Optional<Instant> next = policy.nextAttemptAt(attempt, NOW, () -> draw);
        if (attempt >= maxAttempts) {
            assertEquals(Optional.empty(), next);
            return;
        }
        long backoff = policy.backoff(attempt).toNanos();
        long wait = Duration.between(NOW, next.orElseThrow()).toNanos();
        assertTrue(backoff <= cap.toNanos(), "backoff " + backoff + " over the cap " + cap);
        assertTrue(wait <= backoff, "wait " + wait + " over the backoff " + backoff);
        assertTrue(wait >= backoff - (long) (backoff * jitter), "wait " + wait + " under " + backoff + "×(1−" + jitter
                + ")");
        assertTrue(wait >= 0);
    }

    @Property
    void theBackoffNeverShrinksFromOneAttemptToTheNext(
            @ForAll @LongRange(min = 1, max = 10_000) long initialMillis,
            @ForAll @DoubleRange(min = 1.0, max = 1_000.0) double multiplier,
            @ForAll @IntRange(min = 1, max = 200) int attempt) {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(initialMillis), multiplier, RetryPolicy.MAX_BACKOFF,
                0.0);
        assertTrue(policy.backoff(attempt).compareTo(policy.backoff(attempt + 1)) <= 0);
        assertTrue(policy.backoff(attempt + 1).compareTo(RetryPolicy.MAX_BACKOFF) <= 0);
    }

    @Test
    void aHugeExponentIsCappedNotOverflowed() {
        RetryPolicy policy = new RetryPolicy(25, Duration.ofDays(1), 10.0, Duration.ofDays(1), 0.0);
        assertEquals(Duration.ofDays(1), policy.backoff(1_000));
    }

    @Test
    void onlyOneAttemptMeansNoRetryAndAttemptsPastTheLastStayExhausted() {
        RetryPolicy once = new RetryPolicy(1, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(1), 0.0);
        assertEquals(Optional.empty(), once.nextAttemptAt(1, NOW, NEVER_CALLED));
        assertEquals(Optional.empty(), RetryPolicy.DEFAULT.nextAttemptAt(4, NOW, NEVER_CALLED));
    }

    @Test
    void theDefaultTriesThreeTimesWaitingAboutOneThenAboutTwoSeconds() {
        RetryPolicy policy = RetryPolicy.DEFAULT;
        assertEquals(new RetryPolicy(3, Duration.ofSeconds(1), 2.0, Duration.ofMinutes(5), 0.5), policy);
        assertEquals(Optional.of(Duration.ofSeconds(1)), waitAfter(policy, 1, 0.0));
        assertEquals(Optional.of(Duration.ofMillis(500)), waitAfter(policy, 1, 1.0));
        assertEquals(Optional.of(Duration.ofSeconds(2)), waitAfter(policy, 2, 0.0));
        assertEquals(Optional.empty(), policy.nextAttemptAt(3, NOW, NEVER_CALLED));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void attemptsCountFromOne(int attempt) {
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.nextAttemptAt(attempt, NOW, () -> 0));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.backoff(attempt));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.001, 1.001, Double.NaN})
    void aDrawOutsideZeroToOneIsABug(double draw) {
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.nextAttemptAt(1, NOW, () -> draw));
    }

    @Test
    void everyBadSettingIsReportedAtOnceByItsField() {
        DomainException.Invalid invalid = assertThrows(DomainException.Invalid.class,
                () -> new RetryPolicy(0, Duration.ofSeconds(-1), 0.5, Duration.ofSeconds(-2), 1.5));
        assertEquals(List.of("/maxAttempts", "/initialBackoff", "/multiplier", "/maxBackoff", "/jitter"),
                invalid.violations().stream().map(Violation::pointer).toList());
        assertTrue(invalid.violations().stream().allMatch(v -> v.code().equals("out_of_range")));
    }

    @Test
    void eachLimitIsEnforcedOnItsOwn() {
        Duration s = Duration.ofSeconds(1);
        assertRefused("/maxAttempts", () -> new RetryPolicy(RetryPolicy.MAX_ATTEMPTS + 1, s, 2, s, 0));
        assertRefused("/multiplier", () -> new RetryPolicy(3, s, 0.99, s, 0));
        assertRefused("/multiplier", () -> new RetryPolicy(3, s, Double.NaN, s, 0));
        assertRefused("/multiplier", () -> new RetryPolicy(3, s, Double.POSITIVE_INFINITY, s, 0));
        assertRefused("/maxBackoff", () -> new RetryPolicy(3, s.multipliedBy(2), 2, s, 0));
        assertRefused("/maxBackoff", () -> new RetryPolicy(3, s, 2, RetryPolicy.MAX_BACKOFF.plusNanos(1), 0));
        assertRefused("/jitter", () -> new RetryPolicy(3, s, 2, s, -0.01));
        assertRefused("/jitter", () -> new RetryPolicy(3, s, 2, s, Double.NaN));
        assertRefused("/initialBackoff", () -> new RetryPolicy(3, Duration.ofNanos(-1), 2, s, 0));
    }

    @Test
    void theEdgesOfEachLimitAreAllowed() {
        RetryPolicy most = new RetryPolicy(RetryPolicy.MAX_ATTEMPTS, Duration.ZERO, 1.0, RetryPolicy.MAX_BACKOFF, 1.0);
        RetryPolicy longest = new RetryPolicy(1, RetryPolicy.MAX_BACKOFF, 1.0, RetryPolicy.MAX_BACKOFF, 0.0);

        assertTrue(most.nextAttemptAt(RetryPolicy.MAX_ATTEMPTS - 1, Instant.EPOCH, () -> 1.0).isPresent());
        assertEquals(Duration.ZERO, most.backoff(RetryPolicy.MAX_ATTEMPTS - 1), "no wait at all is a backoff too");
        assertEquals(Optional.empty(), longest.nextAttemptAt(1, Instant.EPOCH, () -> 0.0), "one attempt, no retry");
        assertEquals(RetryPolicy.MAX_BACKOFF, longest.backoff(1), "the longest wait is kept whole");
    }

    private static void assertRefused(String pointer, Runnable construct) {
        DomainException.Invalid invalid = assertThrows(DomainException.Invalid.class, construct::run);
        assertEquals(List.of(pointer), invalid.violations().stream().map(Violation::pointer).toList());
    }
}
