package dev.glyphic.domain.org;

import dev.glyphic.domain.shared.TypedId;
import dev.glyphic.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record WorkspaceId(UUID value) {
    public WorkspaceId {
        Objects.requireNonNull(value, "WorkspaceId value");
    }

    public static WorkspaceId random() {
        return new WorkspaceId(Uuids.v7());
    }

    public static WorkspaceId parse(String raw) {
        return new WorkspaceId(TypedId.parse(raw, "workspace id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
