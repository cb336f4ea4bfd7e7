package dev.glyphic.application.port.in.schedule;

import java.time.Instant;
import java.util.Optional;

/** The scheduler's step: fire what is due now, and say when the next thing is. */
public interface FireDueSchedules {

    /** Fires one batch of due schedules; answers how many were claimed (a full batch means: call again). */
    int fireDue();

    /** When the earliest schedule that can fire is due. */
    Optional<Instant> nextDue();
}
