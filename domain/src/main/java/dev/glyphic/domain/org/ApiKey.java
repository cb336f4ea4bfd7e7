package dev.glyphic.domain.org;

import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A machine credential of an organization. It acts with its role, capped by its creator's current role: a key
 * never outranks the person who made it, and dies with their membership.
 *
 * @param hint the first characters of the secret, enough to recognise a key in a list, useless to an attacker
 */
public record ApiKey(ApiKeyId id, OrgId orgId, DisplayName name, Role role, UserId createdBy, String hint,
                     Instant createdAt, Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {
    public ApiKey {
        Objects.requireNonNull(id);
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(role);
        Objects.requireNonNull(createdBy);
        Objects.requireNonNull(hint);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(lastUsedAt);
        Objects.requireNonNull(revokedAt);
    }

    public boolean active() {
        return revokedAt.isEmpty();
    }

    /** What the key may do now, given its creator's current role. */
    public Role effectiveRole(Role creatorRole) {
        return role.capTo(creatorRole);
    }
}
