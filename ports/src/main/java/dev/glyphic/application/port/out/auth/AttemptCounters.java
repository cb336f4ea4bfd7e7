package dev.glyphic.application.port.out.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * Attempts counted per key (an account, a client address) in fixed windows, shared by every instance of the server.
 * Counting is one atomic step that both adds the attempt and answers the count, so attempts that arrive together
 * each see a different count. Run inside a transaction; the row of a key stays locked until it ends.
 */
public interface AttemptCounters {

    /** The count of attempts in the key's current window, this one included, and when that window ends. */
    record Count(long attempts, Instant windowEnds) {
    }

    /**
     * Adds one attempt under {@code key}: to its current window, or to a new one of {@code window} starting
     * {@code now} when the last has ended (or there was none).
     */
    Count add(String key, Instant now, Duration window);

    /** Takes one attempt back (it succeeded, or never ran), never below zero. */
    void takeBack(String key);

    /** Forgets every attempt of the key. */
    void clear(String key);

    /** Deletes up to {@code batch} keys whose window ended before {@code now}; answers how many. */
    int purgeEnded(Instant now, int batch);
}
