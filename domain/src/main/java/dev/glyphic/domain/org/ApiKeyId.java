package dev.glyphic.domain.org;

import dev.glyphic.domain.shared.TypedId;
import dev.glyphic.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record ApiKeyId(UUID value) {
    public ApiKeyId {
        Objects.requireNonNull(value, "ApiKeyId value");
    }

    public static ApiKeyId random() {
        return new ApiKeyId(Uuids.v7());
    }

    public static ApiKeyId parse(String raw) {
        return new ApiKeyId(TypedId.parse(raw, "API key id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
