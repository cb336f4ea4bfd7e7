package dev.glyphic.domain.webhook;

import dev.glyphic.domain.shared.TypedId;
import dev.glyphic.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record WebhookId(UUID value) {
    public WebhookId {
        Objects.requireNonNull(value, "WebhookId value");
    }

    public static WebhookId random() {
        return new WebhookId(Uuids.v7());
    }

    public static WebhookId parse(String raw) {
        return new WebhookId(TypedId.parse(raw, "webhook id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
