package dev.glyphic.domain.schedule;

import dev.glyphic.domain.shared.TypedId;
import dev.glyphic.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record ScheduleId(UUID value) {
    public ScheduleId {
        Objects.requireNonNull(value, "ScheduleId value");
    }

    public static ScheduleId random() {
        return new ScheduleId(Uuids.v7());
    }

    public static ScheduleId parse(String raw) {
        return new ScheduleId(TypedId.parse(raw, "schedule id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
