package dev.glyphic.persistence.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one way a test waits for something another thread or the database does on its own time: it polls, within a
 * deadline, and fails saying what it waited for and what it saw last. Never a sleep of a guessed length.
 */
public final class Await {
    /** Far more than anything takes on a loaded, shared machine; only a failing test waits this long. */
    public static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Duration PAUSE = Duration.ofMillis(20);

    private Await() {
    }

    /** Polls until the condition holds, for at most {@link #PATIENCE}. */
    public static void until(String what, BooleanSupplier condition) {
        until(what, () -> Optional.of(true).filter(held -> condition.getAsBoolean()), () -> "it did not hold");
    }

    /** Polls until {@code probe} finds a value and answers it, for at most {@link #PATIENCE}. */
    public static <T> T until(String what, Supplier<Optional<T>> probe, Supplier<String> lastSeen) {
        return until(what, PATIENCE, probe, lastSeen);
    }

    /**
     * Polls until {@code probe} finds a value and answers it; after {@code patience} the test fails, naming
     * {@code what} it waited for and {@code lastSeen} (asked once, at the failure).
     */
    public static <T> T until(String what, Duration patience, Supplier<Optional<T>> probe, Supplier<String> lastSeen) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() - deadline > 0) {
                return fail("waited " + patience.toMillis() + " ms for " + what + "; " + lastSeen.get());
            }
            LockSupport.parkNanos(PAUSE.toNanos());
        }
    }
}
