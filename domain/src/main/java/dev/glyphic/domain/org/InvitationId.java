package dev.glyphic.domain.org;

import dev.glyphic.domain.shared.TypedId;
import dev.glyphic.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record InvitationId(UUID value) {
    public InvitationId {
        Objects.requireNonNull(value, "InvitationId value");
    }

    public static InvitationId random() {
        return new InvitationId(Uuids.v7());
    }

    public static InvitationId parse(String raw) {
        return new InvitationId(TypedId.parse(raw, "invitation id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
