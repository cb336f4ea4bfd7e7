package dev.glyphic.domain.schedule;

import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.Uuids;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** What became of one slot of a schedule: a run started, or skipped and why. */
public record ScheduleSlot(OrgId orgId, UUID id, ScheduleId scheduleId, Instant slot, Outcome outcome, String reason,
                           Optional<ExecutionId> executionId, Instant recordedAt) {

    public enum Outcome {
        STARTED, SKIPPED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Outcome parse(String wire) {
            return valueOf(wire.toUpperCase(Locale.ROOT));
        }
    }

    public ScheduleSlot {
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(id);
        Objects.requireNonNull(scheduleId);
        Objects.requireNonNull(slot);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(executionId);
        Objects.requireNonNull(recordedAt);
    }

    public static ScheduleSlot started(Schedule schedule, Instant slot, ExecutionId execution, Instant now) {
        return new ScheduleSlot(schedule.orgId(), Uuids.v7(), schedule.id(), slot, Outcome.STARTED, "run started",
                Optional.of(execution), now);
    }

    public static ScheduleSlot skipped(Schedule schedule, Instant slot, String reason, Instant now) {
        return new ScheduleSlot(schedule.orgId(), Uuids.v7(), schedule.id(), slot, Outcome.SKIPPED, reason,
                Optional.empty(), now);
    }
}
