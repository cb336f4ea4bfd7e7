package dev.glyphic.domain.identity;

import dev.glyphic.domain.shared.TypedId;
import dev.glyphic.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record UserId(UUID value) {
    public UserId {
        Objects.requireNonNull(value, "UserId value");
    }

    public static UserId random() {
        return new UserId(Uuids.v7());
    }

    public static UserId parse(String raw) {
        return new UserId(TypedId.parse(raw, "user id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
