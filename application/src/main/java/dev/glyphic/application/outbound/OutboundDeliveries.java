package dev.glyphic.application.outbound;

import dev.glyphic.application.port.out.outbound.Deliveries;
import dev.glyphic.application.port.out.outbound.WebhookEndpoints;
import dev.glyphic.domain.event.DomainEvent;
import dev.glyphic.domain.outbound.Delivery;
import java.time.Instant;

/** Queues an event for every enabled endpoint of its workspace that listens to its type; in the event's transaction. */
public final class OutboundDeliveries {
    private final WebhookEndpoints endpoints;
    private final Deliveries deliveries;

    public OutboundDeliveries(WebhookEndpoints endpoints, Deliveries deliveries) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
    }

    public void queue(DomainEvent event, Instant now) {
        endpoints.subscribedTo(event.orgId(), event.workspaceId(), event.type()).forEach(endpoint ->
                deliveries.create(Delivery.of(event.orgId(), endpoint.id(), event.id(), event.type(),
                        DeliveryPayload.of(event), now)));
    }
}
