package dev.glyphic.domain.org;

import dev.glyphic.domain.identity.DisplayName;
import java.time.Instant;
import java.util.Objects;

/** A room inside an organization: workflows, campaigns, integrations and files live in one. */
public record Workspace(WorkspaceId id, OrgId orgId, DisplayName name, Slug slug, Instant createdAt, Instant updatedAt) {
    public Workspace {
        Objects.requireNonNull(id);
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(slug);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(updatedAt);
    }

    public static Workspace open(OrgId orgId, DisplayName name, Slug slug, Instant now) {
        return new Workspace(WorkspaceId.random(), orgId, name, slug, now, now);
    }

    public Workspace rename(DisplayName newName, Slug newSlug, Instant now) {
        return new Workspace(id, orgId, newName == null ? name : newName, newSlug == null ? slug : newSlug, createdAt, now);
    }
}
