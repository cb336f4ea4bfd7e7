package dev.glyphic.domain.outbound;

import dev.glyphic.domain.shared.TypedId;
import dev.glyphic.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record DeliveryId(UUID value) {
    public DeliveryId {
        Objects.requireNonNull(value, "DeliveryId value");
    }

    public static DeliveryId random() {
        return new DeliveryId(Uuids.v7());
    }

    public static DeliveryId parse(String raw) {
        return new DeliveryId(TypedId.parse(raw, "delivery id"));
    }

    /** The Standard Webhooks message id the receiver sees, the same on every attempt. */
    public String messageId() {
        return "msg_" + value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
