package dev.glyphic.domain.event;

import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow's {@code trigger.event} node as the dispatcher reads it: which events of its workspace start it, and the
 * condition ({@code filter}, an expression over the event) that must be true.
 *
 * @param listening the workflow is active, not in the trash, and still has the node
 */
public record EventSubscription(OrgId orgId, WorkflowId workflowId, String nodeId, WorkspaceId workspaceId,
                                EventType type, Optional<String> filter, boolean listening, Instant updatedAt) {
    public EventSubscription {
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(workflowId);
        Objects.requireNonNull(nodeId);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(filter);
        Objects.requireNonNull(updatedAt);
    }
}
