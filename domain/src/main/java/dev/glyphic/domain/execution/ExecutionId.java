package dev.glyphic.domain.execution;

import dev.glyphic.domain.shared.TypedId;
import dev.glyphic.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record ExecutionId(UUID value) {
    public ExecutionId {
        Objects.requireNonNull(value, "ExecutionId value");
    }

    public static ExecutionId random() {
        return new ExecutionId(Uuids.v7());
    }

    public static ExecutionId parse(String raw) {
        return new ExecutionId(TypedId.parse(raw, "execution id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
