package dev.glyphic.web.org;

import dev.glyphic.domain.audit.AuditEvent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

public final class AuditEventJson {
    private AuditEventJson() {
    }

    public record Actor(String userId, String apiKeyId, String ip, String userAgent) {
    }

    public record Response(String id, String action, String targetType, String targetId, Actor actor,
                           Map<String, String> details, Instant occurredAt) {
        public static Response of(AuditEvent e) {
            var a = e.actor();
            return new Response(e.id().toString(), e.action(), e.targetType(), e.targetId().orElse(null),
                    new Actor(a.userId().map(UUID::toString).orElse(null), a.apiKeyId().map(UUID::toString).orElse(null),
                            a.ip().orElse(null), a.userAgent().orElse(null)),
                    e.details(), e.occurredAt());
        }
    }
}
