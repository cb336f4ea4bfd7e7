package dev.glyphic.web.org;

import dev.glyphic.domain.audit.AuditEvent;
import dev.glyphic.web.openapi.Timestamp;
import dev.glyphic.web.openapi.Uuid;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

public final class AuditEventJson {
    private AuditEventJson() {
    }

    public record Actor(@Uuid String userId, @Uuid String apiKeyId, @Schema(maxLength = 45) String ip,
                        @Schema(maxLength = 500) String userAgent) {
    }

    public record Response(@Uuid String id, @Schema(maxLength = 100) String action,
                           @Schema(maxLength = 100) String targetType, @Schema(maxLength = 200) String targetId,
                           Actor actor, @Schema(type = "object", maxProperties = 100,
                                   additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                                   description = "What the event changed, as text by name") Map<String, String> details,
                           @Timestamp Instant occurredAt) {
        public static Response of(AuditEvent e) {
            var a = e.actor();
            return new Response(e.id().toString(), e.action(), e.targetType(), e.targetId().orElse(null),
                    new Actor(a.userId().map(UUID::toString).orElse(null),
                    a.apiKeyId().map(UUID::toString).orElse(null),
                            a.ip().orElse(null), a.userAgent().orElse(null)),
                    e.details(), e.occurredAt());
        }
    }
}
