package dev.glyphic.application.port.out;

import dev.glyphic.domain.identity.Email;
import java.time.Instant;

/** Failed sign-ins, counted per address across every instance of the server. */
public interface LoginAttempts {

    void recordFailure(Email email, Instant at);

    long failuresSince(Email email, Instant since);

    /** The time of the oldest failure counted since the given instant, to tell when the window frees a slot. */
    java.util.Optional<Instant> oldestFailureSince(Email email, Instant since);

    void clear(Email email);
}
