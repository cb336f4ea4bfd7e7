package dev.glyphic.domain.org;

import dev.glyphic.domain.identity.DisplayName;
import java.time.Instant;
import java.util.Objects;

/** A tenant. Everything a team builds belongs to exactly one organization. */
public record Organization(OrgId id, DisplayName name, Slug slug, ExecutionLimits executionLimits, Instant createdAt,
                           Instant updatedAt) {
    public Organization {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(slug);
        Objects.requireNonNull(executionLimits);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(updatedAt);
    }

    public static Organization found(DisplayName name, Slug slug, Instant now) {
        return new Organization(OrgId.random(), name, slug, ExecutionLimits.DEFAULT, now, now);
    }

    public Organization rename(DisplayName newName, Slug newSlug, Instant now) {
        return new Organization(id, newName == null ? name : newName, newSlug == null ? slug : newSlug,
                executionLimits, createdAt, now);
    }

    public Organization limitExecutions(ExecutionLimits newLimits, Instant now) {
        return new Organization(id, name, slug, Objects.requireNonNull(newLimits), createdAt, now);
    }
}
