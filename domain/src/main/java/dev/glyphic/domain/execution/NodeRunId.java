package dev.glyphic.domain.execution;

import dev.glyphic.domain.shared.TypedId;
import dev.glyphic.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record NodeRunId(UUID value) {
    public NodeRunId {
        Objects.requireNonNull(value, "NodeRunId value");
    }

    public static NodeRunId random() {
        return new NodeRunId(Uuids.v7());
    }

    public static NodeRunId parse(String raw) {
        return new NodeRunId(TypedId.parse(raw, "node run id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
