package dev.glyphic.domain.identity;

import dev.glyphic.domain.shared.TypedId;
import dev.glyphic.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record SessionId(UUID value) {
    public SessionId {
        Objects.requireNonNull(value, "SessionId value");
    }

    public static SessionId random() {
        return new SessionId(Uuids.v7());
    }

    public static SessionId parse(String raw) {
        return new SessionId(TypedId.parse(raw, "session id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
