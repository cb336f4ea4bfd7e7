package dev.glyphic.application.execution;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.Initiator;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import java.util.Optional;

/**
 * The executions of one workspace as the API sees them: an execution of another workspace (or, through row level
 * security, another organization) is not found, exactly like one that does not exist. Runs inside the use case's
 * tenant transaction.
 */
public final class WorkspaceExecutions {
    private final Executions executions;

    public WorkspaceExecutions(Executions executions) {
        this.executions = executions;
    }

    public ExecutionRecord find(OrgId orgId, WorkspaceId workspaceId, ExecutionId id) {
        return inWorkspace(executions.find(orgId, id), workspaceId);
    }

    /** Reads and row-locks it, as every change to one execution's graph must. */
    public ExecutionRecord lock(OrgId orgId, WorkspaceId workspaceId, ExecutionId id) {
        return inWorkspace(executions.lock(orgId, id), workspaceId);
    }

    /** Who an execution started by this caller is attributed to: the person, or the API key that acted. */
    public static Initiator initiator(Caller caller) {
        return switch (caller) {
            case Caller.Person person -> Initiator.user(person.userId());
            case Caller.Machine machine -> Initiator.apiKey(machine.keyId());
        };
    }

    private static ExecutionRecord inWorkspace(Optional<ExecutionRecord> found, WorkspaceId workspaceId) {
        return found.filter(e -> e.execution().workspaceId().equals(workspaceId))
                .orElseThrow(() -> new DomainException.NotFound("execution"));
    }
}
