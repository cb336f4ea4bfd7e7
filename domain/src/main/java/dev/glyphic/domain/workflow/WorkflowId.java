package dev.glyphic.domain.workflow;

import dev.glyphic.domain.shared.TypedId;
import dev.glyphic.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record WorkflowId(UUID value) {
    public WorkflowId {
        Objects.requireNonNull(value, "WorkflowId value");
    }

    public static WorkflowId random() {
        return new WorkflowId(Uuids.v7());
    }

    public static WorkflowId parse(String raw) {
        return new WorkflowId(TypedId.parse(raw, "workflow id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
