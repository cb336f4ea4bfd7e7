package dev.glyphic.application.port.out.workflow;

import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Instant;
import java.util.Objects;

/** One immutable saved state of a workflow's definition. */
public record WorkflowVersion(WorkflowId workflowId, int version, Json.Obj definition, String changeSummary,
                              UserId author, Instant createdAt) {
    public WorkflowVersion {
        Objects.requireNonNull(workflowId);
        Objects.requireNonNull(definition);
        Objects.requireNonNull(changeSummary);
        Objects.requireNonNull(author);
        Objects.requireNonNull(createdAt);
    }
}
