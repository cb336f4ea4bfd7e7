package dev.glyphic.domain.outbound;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: 5 s doubling up to 2 h, each wait half fixed and half random (so that
 * deliveries that failed together do not come back together), for {@link #MAX_ATTEMPTS} attempts in all, which
 * spread over about a day (15-26 h); after the last one the delivery is dead.
 */
public final class DeliveryBackoff {
    public static final int MAX_ATTEMPTS = 22;
    private static final Duration FIRST = Duration.ofSeconds(5);
    private static final Duration CAP = Duration.ofHours(2);

    private DeliveryBackoff() {
    }

    /** The wait after the {@code attempts}-th failed attempt; empty when there is no attempt left. */
    public static Optional<Duration> after(int attempts, DoubleSupplier random) {
        if (attempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        long base = Math.min(CAP.toMillis(), FIRST.toMillis() << Math.min(attempts - 1, 30));
        return Optional.of(Duration.ofMillis(base / 2 + (long) (random.getAsDouble() * (base / 2.0))));
    }
}
