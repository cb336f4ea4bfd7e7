package dev.glyphic.application.port.in.auth;

/**
 * Deletes email links (verification, password reset) long past their expiry, so that the links anyone ever asked
 * for do not pile up. A link stays a week after it expires, so that using it late still says "expired" rather than
 * "not found". Run periodically by every instance; safe to run concurrently.
 */
public interface PurgeSpentEmailLinks {

    /** Answers how many links were deleted. */
    int purge();
}
