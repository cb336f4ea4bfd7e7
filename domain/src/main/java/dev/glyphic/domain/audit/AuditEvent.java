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
 * @param action  dotted and stable, for example {@code member.role_changed}
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
