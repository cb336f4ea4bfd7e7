package dev.glyphic.domain.event;

import dev.glyphic.domain.shared.TypedId;
import dev.glyphic.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record EventId(UUID value) {
    public EventId {
        Objects.requireNonNull(value, "EventId value");
    }

    public static EventId random() {
        return new EventId(Uuids.v7());
    }

    public static EventId parse(String raw) {
        return new EventId(TypedId.parse(raw, "event id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
