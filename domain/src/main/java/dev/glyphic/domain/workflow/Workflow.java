package dev.glyphic.domain.workflow;

import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow of a workspace: its current definition and what is known about it. Every save makes a new immutable
 * version; {@code version} is the current one and doubles as the concurrency token (the ETag).
 *
 * @param valid whether the current definition passes every rule; an invalid (draft) workflow is never active
 */
public record Workflow(WorkflowId id, OrgId orgId, WorkspaceId workspaceId, DisplayName name, String description,
                       Tags tags, boolean active, boolean shared, Json.Obj definition, int version, boolean valid,
                       long executionCount, Optional<Instant> lastExecutedAt, UserId createdBy, Instant createdAt,
                       UserId updatedBy, Instant updatedAt, Optional<Instant> deletedAt) {

    /** How long a deleted workflow waits in the trash before it may be purged; restore works until then. */
    public static final Duration TRASH_RETENTION = Duration.ofDays(30);
    public static final int MAX_DESCRIPTION = 2_000;

    public Workflow {
        Objects.requireNonNull(id);
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        Objects.requireNonNull(tags);
        Objects.requireNonNull(definition);
        Objects.requireNonNull(lastExecutedAt);
        Objects.requireNonNull(createdBy);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(updatedBy);
        Objects.requireNonNull(updatedAt);
        Objects.requireNonNull(deletedAt);
        if (description.length() > MAX_DESCRIPTION) {
            throw Violation.invalid("too_long", "a description has at most " + MAX_DESCRIPTION + " characters");
        }
        if (active && !valid) {
            throw new IllegalStateException("an invalid workflow cannot be active");
        }
    }

    public boolean inTrash() {
        return deletedAt.isPresent();
    }

    /** Whether a deleted workflow may still come back at {@code now}. */
    public boolean restorableAt(Instant now) {
        return deletedAt.map(at -> now.isBefore(at.plus(TRASH_RETENTION))).orElse(false);
    }

    /** The opaque concurrency token of this state. */
    public String etag() {
        return "\"" + version + "\"";
    }
}
