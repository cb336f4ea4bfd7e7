package dev.glyphic.web.outbound;

import dev.glyphic.application.port.in.outbound.ManageEndpoints;
import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.outbound.Delivery;
import dev.glyphic.domain.outbound.DeliveryAttempt;
import dev.glyphic.domain.outbound.WebhookEndpoint;
import dev.glyphic.web.openapi.Timestamp;
import dev.glyphic.web.openapi.Uuid;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

public final class EndpointJson {
    private EndpointJson() {
    }

    private static final String TYPES = "execution.succeeded, execution.failed, workflow.activated, "
            + "campaign.item.completed, campaign.item.failed, campaign.completed";

    public record CreateRequest(@Schema(maxLength = 2000, format = "uri") String url,
                                @ArraySchema(minItems = 1, maxItems = 10, schema = @Schema(maxLength = 40,
                                        description = "one of " + TYPES)) List<String> eventTypes) {
    }

    /** Absent fields stay as they are. */
    public record UpdateRequest(@Schema(maxLength = 2000, format = "uri") String url,
                                @ArraySchema(minItems = 1, maxItems = 10, schema = @Schema(maxLength = 40))
                                List<String> eventTypes,
                                Boolean enabled) {
    }

    /** {@code secret} is present once, in the answer to the creation or a rotation. */
    public record Response(@Uuid String id, @Schema(maxLength = 2000) String url,
                           @ArraySchema(maxItems = 10, schema = @Schema(maxLength = 40)) List<String> eventTypes,
                           boolean enabled, @Schema(maxLength = 200) String disabledReason,
                           @Timestamp Instant previousSecretSignsUntil, @Timestamp Instant createdAt,
                           @Timestamp Instant updatedAt, @Schema(maxLength = 300) String secret) {
        public static Response of(WebhookEndpoint e, String secret) {
            return new Response(e.id().toString(), e.url().toString(),
                    e.eventTypes().stream().map(EventType::wireName).sorted().toList(), e.enabled(),
                    e.disabledReason().orElse(null), e.previousSecretUntil().orElse(null), e.createdAt(),
                    e.updatedAt(), secret);
        }

        public static Response of(ManageEndpoints.Shown shown) {
            return of(shown.endpoint(), shown.revealedSecret().orElse(null));
        }

        @Override
        public String toString() {
            return "EndpointJson.Response[id=" + id + "]";
        }
    }

    public record DeliveryJson(@Uuid String id, @Schema(maxLength = 50) String messageId, @Uuid String eventId,
                               @Schema(maxLength = 40) String eventType,
                               @Schema(allowableValues = {"pending", "succeeded", "failed", "dead"}) String status,
                               @Schema(minimum = "0", maximum = "1000") int attempts,
                               @Timestamp Instant nextAttemptAt,
                               @Schema(minimum = "100", maximum = "599") Integer lastStatus,
                               @Schema(maxLength = 2000) String lastError, @Timestamp Instant createdAt,
                               @Timestamp Instant updatedAt) {
        public static DeliveryJson of(Delivery d) {
            return new DeliveryJson(d.id().toString(), d.id().messageId(), d.eventId().toString(),
                    d.eventType().wireName(), d.status().wireName(), d.attempts(), d.nextAttemptAt().orElse(null),
                    d.lastStatus().orElse(null), d.lastError().orElse(null), d.createdAt(), d.updatedAt());
        }
    }

    public record AttemptJson(@Uuid String id, @Timestamp Instant attemptedAt,
                              @Schema(minimum = "100", maximum = "599") Integer statusCode,
                              @Schema(minimum = "0", maximum = "3600000") long durationMs,
                              @Schema(maxLength = 2000) String error, @Schema(maxLength = 600) String responseExcerpt) {
        public static AttemptJson of(DeliveryAttempt a) {
            return new AttemptJson(a.id().toString(), a.attemptedAt(), a.statusCode().orElse(null),
                    a.durationMillis(), a.error().orElse(null), a.responseExcerpt().orElse(null));
        }
    }
}
