package dev.glyphic.application.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The use cases' time, standing still until a test moves it: an expiry or a retention period is crossed by saying
 * so, not by waiting. It starts at the real time, in the microseconds PostgreSQL keeps, so that the rows written
 * beside the database's own {@code now()} stay in order and read back equal.
 */
public final class TestClock extends Clock {
    private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the use cases work in UTC");
    }
}
