package dev.glyphic.application.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How one engine instance works.
 *
 * @param slots         node runs it works on at once
 * @param lease         how long a claim holds without renewal; renewed every third of it
 * @param idlePoll      how long an idle worker waits for a wake-up signal before looking anyway
 * @param sweepInterval how often it times out overdue executions and maintains partitions and retention
 * @param shutdownGrace how long a stopping worker lets its steps finish before it hands them back
 */
public record EngineSettings(int slots, Duration lease, Duration idlePoll, Duration sweepInterval,
                             Duration shutdownGrace) {
    public EngineSettings {
        if (slots < 1) {
            throw new IllegalArgumentException("an engine works on at least one node run at a time");
        }
        Objects.requireNonNull(lease);
        Objects.requireNonNull(idlePoll);
        Objects.requireNonNull(sweepInterval);
        Objects.requireNonNull(shutdownGrace);
        if (lease.toMillis() < 300) {
            throw new IllegalArgumentException("a lease shorter than 300 ms cannot be renewed in time");
        }
    }

    public static EngineSettings defaults() {
        return new EngineSettings(64, Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofSeconds(20));
    }
}
