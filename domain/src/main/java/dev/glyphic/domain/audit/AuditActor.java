package dev.glyphic.domain.audit;

import java.util.Optional;
import java.util.UUID;

/**
 * Who acted and from where, as recorded: a user, an API key acting for its creator, or nobody known (a failed
 * sign-in names only the address tried).
 */
public record AuditActor(Optional<UUID> userId, Optional<UUID> apiKeyId, Optional<String> ip,
                         Optional<String> userAgent) {
}
