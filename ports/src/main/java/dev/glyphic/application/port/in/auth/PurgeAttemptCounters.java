package dev.glyphic.application.port.in.auth;

/**
 * Deletes the attempt counters whose window has ended (they hold nothing a throttle still needs), so that one row per
 * address or account ever tried does not pile up. Run periodically by every instance; safe to run concurrently.
 */
public interface PurgeAttemptCounters {

    /** Answers how many counters were deleted. */
    int purge();
}
