package dev.glyphic.domain.audit;

import dev.glyphic.domain.org.OrgId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Something that happened in an organization that an admin may later need to account for: who did what to which
 * resource, when and from where. Append-only.
 *
 * @param action  the {@link AuditAction#wireName() name} of the action, as recorded. Glyphic records only the
 *                actions of {@link AuditAction}, but reads back whatever the trail holds: an event another version
 *                recorded (one since retired, or one newer than this version) is listed with its name unchanged,
 *                because an audit trail that drops or rewrites what it holds no longer accounts for it.
 * @param details small, non-secret facts (old and new role, key name); never credentials
 */
public record AuditEvent(UUID id, OrgId orgId, AuditActor actor, String action, String targetType,
                         Optional<String> targetId, Map<String, String> details, Instant occurredAt) {
    public AuditEvent {
        Objects.requireNonNull(id);
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(action);
        Objects.requireNonNull(targetType);
        Objects.requireNonNull(targetId);
        details = Map.copyOf(details);
        Objects.requireNonNull(occurredAt);
    }
}
