package dev.glyphic.application.port.in.execution;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.WorkflowId;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a workflow's current version by hand (members). With an idempotency key, repeating the request answers the
 * execution the first one started instead of starting another; the key reused for a different request is refused.
 */
public interface RunWorkflow {

    record Command(Json input, Optional<String> idempotencyKey) {
        public Command {
            Objects.requireNonNull(input);
            Objects.requireNonNull(idempotencyKey);
        }
    }

    sealed interface Outcome {
        ExecutionRecord execution();

        /** A new execution, queued. */
        record Started(ExecutionRecord execution) implements Outcome {
        }

        /** The request was a repeat: the execution its first sending started. */
        record Repeated(ExecutionRecord execution) implements Outcome {
        }
    }

    Outcome run(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId workflowId, Command command);
}
