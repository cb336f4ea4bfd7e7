package dev.glyphic.application.port.out.execution;

import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A page of a workspace's executions, newest first, by keyset: {@code before} is the last row of the previous page.
 * Time bounds are [from, to).
 */
public record ExecutionQuery(WorkspaceId workspaceId, Optional<ExecutionStatus> status,
                             Optional<WorkflowId> workflowId, Optional<TriggerType> triggerType,
                             Optional<Instant> from, Optional<Instant> to, Optional<Before> before, int limit) {

    public record Before(Instant createdAt, UUID id) {
        public Before {
            Objects.requireNonNull(createdAt);
            Objects.requireNonNull(id);
        }
    }

    public ExecutionQuery {
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(workflowId);
        Objects.requireNonNull(triggerType);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(before);
    }
}
