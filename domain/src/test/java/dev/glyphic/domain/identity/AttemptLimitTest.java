package dev.glyphic.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class AttemptLimitTest {
    private static final Instant NOW = Instant.parse("2025-04-01T10:00:00Z");
    private static final AttemptLimit FIVE = new AttemptLimit(5, Duration.ofMinutes(15));

    @Test
    void attemptsUpToTheLimitGoAhead() {
        for (long attempt = 1; attempt <= 5; attempt++) {
            assertEquals(Optional.empty(), FIVE.refusal(attempt, NOW.plusSeconds(60), NOW));
        }
    }

    @Test
    void theAttemptPastTheLimitWaitsForTheWindowToEnd() {
        assertEquals(Optional.of(Duration.ofMinutes(10)), FIVE.refusal(6, NOW.plus(Duration.ofMinutes(10)), NOW));
        assertEquals(Optional.of(Duration.ofSeconds(1)), FIVE.refusal(40, NOW.plusMillis(200), NOW),
                "never under a second");
        assertEquals(Optional.of(Duration.ofSeconds(1)), FIVE.refusal(6, NOW.minusSeconds(5), NOW),
                "a window that just ended");
    }

    @Test
    void aLimitAllowsSomethingWithinSomeTime() {
        assertThrows(IllegalArgumentException.class, () -> new AttemptLimit(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new AttemptLimit(1, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new AttemptLimit(1, null));
    }

    @Property
    void theWaitIsBetweenASecondAndTheWindow(@ForAll @IntRange(min = 1, max = 100) int max,
                                             @ForAll @LongRange(min = 1, max = 1000) long attempt,
                                             @ForAll @LongRange(min = 0, max = 900) long secondsLeft) {
        AttemptLimit limit = new AttemptLimit(max, Duration.ofMinutes(15));
        Optional<Duration> wait = limit.refusal(attempt, NOW.plusSeconds(secondsLeft), NOW);
        assertEquals(attempt > max, wait.isPresent());
        wait.ifPresent(w -> {
            assertTrue(w.compareTo(Duration.ofSeconds(1)) >= 0, w::toString);
            assertTrue(w.compareTo(Duration.ofMinutes(15)) <= 0, w::toString);
        });
    }
}
