package dev.glyphic.web.schedule;

import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.schedule.Schedule;
import dev.glyphic.domain.schedule.ScheduleSlot;
import dev.glyphic.web.openapi.Timestamp;
import dev.glyphic.web.openapi.Uuid;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

public final class ScheduleJson {
    private ScheduleJson() {
    }

    public record Response(@Uuid String id, @Uuid String workflowId, @Schema(maxLength = 100) String nodeId,
                           @Schema(maxLength = 200) String name, @Schema(maxLength = 200) String cron,
                           @Schema(maxLength = 64, description = "IANA time zone") String timezone,
                           @Schema(allowableValues = {"skip", "run_once", "run_all"}) String missedRuns,
                           @Schema(description = "the workflow is active and still has the trigger node")
                           boolean listening,
                           @Schema(description = "the admin's switch") boolean paused,
                           @Timestamp Instant nextRunAt, @Timestamp Instant lastRunAt,
                           @Schema(minimum = "0", maximum = "9223372036854775807") long runCount,
                           @Timestamp Instant createdAt, @Timestamp Instant updatedAt) {
        public static Response of(Schedule s) {
            return new Response(s.id().toString(), s.workflowId().toString(), s.nodeId(), s.name(),
                    s.cron().expression(), s.zone().getId(), s.missedRuns().wireName(), s.listening(), s.paused(),
                    s.nextRunAt().orElse(null), s.lastRunAt().orElse(null), s.runCount(), s.createdAt(),
                    s.updatedAt());
        }
    }

    public record Preview(@Schema(maxLength = 64) String timezone,
                          @ArraySchema(maxItems = 100, schema = @Schema(type = "string", format = "date-time",
                                  maxLength = 40)) List<Instant> next) {
    }

    public record Slot(@Uuid String id, @Timestamp Instant slot,
                       @Schema(allowableValues = {"started", "skipped"}) String outcome,
                       @Schema(maxLength = 1000) String reason, @Uuid String executionId,
                       @Timestamp Instant recordedAt) {
        public static Slot of(ScheduleSlot s) {
            return new Slot(s.id().toString(), s.slot(), s.outcome().wireName(), s.reason(),
                    s.executionId().map(ExecutionId::toString).orElse(null), s.recordedAt());
        }
    }
}
