package dev.glyphic.domain.outbound;

import dev.glyphic.domain.org.OrgId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One try of a delivery, for the admins' log: what the endpoint answered, or why it could not. */
public record DeliveryAttempt(OrgId orgId, UUID id, DeliveryId deliveryId, Instant attemptedAt,
                              Optional<Integer> statusCode, long durationMillis, Optional<String> error,
                              Optional<String> responseExcerpt) {
    public DeliveryAttempt {
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(id);
        Objects.requireNonNull(deliveryId);
        Objects.requireNonNull(attemptedAt);
        Objects.requireNonNull(statusCode);
        Objects.requireNonNull(error);
        Objects.requireNonNull(responseExcerpt);
    }
}
