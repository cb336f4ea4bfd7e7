package dev.glyphic.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginThrottleTest {
    private static final Instant NOW = Instant.parse("2025-04-01T10:00:00Z");

    private static Instant minutesAgo(long minutes) {
        return NOW.minus(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 4})
    void fewerThanFiveFailuresNeverWait(long failures) {
        assertEquals(Optional.empty(), LoginThrottle.waitBeforeNextAttempt(failures, NOW, NOW));
    }

    @Test
    void fiveFailuresWaitUntilTheOldestLeavesTheWindow() {
        assertEquals(Optional.of(Duration.ofMinutes(5)),
                LoginThrottle.waitBeforeNextAttempt(5, minutesAgo(10), NOW));
    }

    @Test
    void moreThanFiveFailuresWaitTheSameWay() {
        assertEquals(Optional.of(Duration.ofMinutes(14)),
                LoginThrottle.waitBeforeNextAttempt(12, minutesAgo(1), NOW));
    }

    @ParameterizedTest
    @ValueSource(longs = {15, 16, 60})
    void anOldestFailureAtOrPastTheWindowEdgeStillWaitsOneSecond(long minutes) {
        assertEquals(Optional.of(Duration.ofSeconds(1)),
                LoginThrottle.waitBeforeNextAttempt(5, minutesAgo(minutes), NOW));
    }

    @Property
    void theWaitIsAlwaysPositiveAndNeverLongerThanTheWindow(
            @ForAll @LongRange(min = 5, max = 1_000) long failures,
            @ForAll @LongRange(min = 0, max = 3_600) long secondsSinceOldest) {
        Duration wait = LoginThrottle.waitBeforeNextAttempt(failures, NOW.minusSeconds(secondsSinceOldest), NOW)
                .orElseThrow();
        assertTrue(wait.isPositive(), wait::toString);
        assertTrue(wait.compareTo(LoginThrottle.WINDOW) <= 0, wait::toString);
    }

    @Test
    void theWindowStartsFifteenMinutesAgo() {
        assertEquals(minutesAgo(15), LoginThrottle.windowStart(NOW));
    }
}
