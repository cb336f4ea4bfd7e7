package dev.glyphic.domain.org;

import dev.glyphic.domain.identity.UserId;
import java.time.Instant;
import java.util.Objects;

/** A user's place in an organization. */
public record Membership(OrgId orgId, UserId userId, Role role, Instant joinedAt) {
    public Membership {
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(role);
        Objects.requireNonNull(joinedAt);
    }

    public Membership withRole(Role newRole) {
        return new Membership(orgId, userId, newRole, joinedAt);
    }
}
