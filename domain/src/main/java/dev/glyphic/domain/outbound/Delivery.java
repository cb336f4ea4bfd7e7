package dev.glyphic.domain.outbound;

import dev.glyphic.domain.event.EventId;
import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One event on its way to one endpoint: pending (to be tried at {@code nextAttemptAt}), succeeded, failed (the
 * endpoint said 410 Gone, or was disabled), or dead (every attempt of the backoff schedule failed).
 */
public record Delivery(OrgId orgId, DeliveryId id, EndpointId endpointId, EventId eventId, EventType eventType,
                       Json payload, Status status, int attempts, Optional<Instant> nextAttemptAt,
                       Optional<Integer> lastStatus, Optional<String> lastError, Instant createdAt,
                       Instant updatedAt) {

    public enum Status {
        PENDING, SUCCEEDED, FAILED, DEAD;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status parse(String wire) {
            return valueOf(wire.toUpperCase(Locale.ROOT));
        }
    }

    public Delivery {
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(id);
        Objects.requireNonNull(endpointId);
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(eventType);
        Objects.requireNonNull(payload);
        Objects.requireNonNull(status);
        Objects.requireNonNull(nextAttemptAt);
        Objects.requireNonNull(lastStatus);
        Objects.requireNonNull(lastError);
    }

    public static Delivery of(OrgId orgId, EndpointId endpoint, EventId event, EventType type, Json payload,
                              Instant now) {
        return new Delivery(orgId, DeliveryId.random(), endpoint, event, type, payload, Status.PENDING, 0,
                Optional.of(now), Optional.empty(), Optional.empty(), now, now);
    }

    /** After an attempt: what it answered, and what comes next. */
    public Delivery attempted(Status next, Optional<Instant> retryAt, Optional<Integer> status, Optional<String> error,
                              Instant now) {
        return new Delivery(orgId, id, endpointId, eventId, eventType, payload, next, attempts + 1, retryAt, status,
                error, createdAt, now);
    }

    /** Sent again by hand: pending now, whatever it was, with the same message id. */
    public Delivery redelivered(Instant now) {
        return new Delivery(orgId, id, endpointId, eventId, eventType, payload, Status.PENDING, attempts,
                Optional.of(now), lastStatus, lastError, createdAt, now);
    }
}
