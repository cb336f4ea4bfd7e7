package dev.glyphic.domain.outbound;

import dev.glyphic.domain.shared.TypedId;
import dev.glyphic.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record EndpointId(UUID value) {
    public EndpointId {
        Objects.requireNonNull(value, "EndpointId value");
    }

    public static EndpointId random() {
        return new EndpointId(Uuids.v7());
    }

    public static EndpointId parse(String raw) {
        return new EndpointId(TypedId.parse(raw, "endpoint id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
