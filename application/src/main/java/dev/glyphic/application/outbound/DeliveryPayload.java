package dev.glyphic.application.outbound;

import dev.glyphic.domain.event.DomainEvent;
import dev.glyphic.domain.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON body an endpoint receives for an event: what happened, where, when, and its data. */
final class DeliveryPayload {
    private DeliveryPayload() {
    }

    static Json of(DomainEvent event) {
        Map<String, Json> body = new LinkedHashMap<>();
        body.put("id", Json.of(event.id().toString()));
        body.put("type", Json.of(event.type().wireName()));
        body.put("occurredAt", Json.of(event.occurredAt().toString()));
        body.put("workspaceId", Json.of(event.workspaceId().toString()));
        body.put("subject", Json.of(event.subject().toString()));
        body.put("data", event.data());
        return new Json.Obj(body);
    }
}
