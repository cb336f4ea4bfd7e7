package dev.glyphic.application.execution;

import dev.glyphic.application.engine.ExecutionEnder;
import dev.glyphic.application.org.Acting;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.execution.CancelExecution;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;

public final class CancelExecutionService implements CancelExecution {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final WorkspaceExecutions inWorkspace;
    private final ExecutionEnder ender;
    private final Clock clock;

    public CancelExecutionService(Transactions transactions, WorkspaceScope scope, WorkspaceExecutions inWorkspace,
                                  ExecutionEnder ender, Clock clock) {
        this.transactions = transactions;
        this.scope = scope;
        this.inWorkspace = inWorkspace;
        this.ender = ender;
        this.clock = clock;
    }

    @Override
    public ExecutionRecord cancel(Caller caller, OrgId orgId, WorkspaceId workspaceId, ExecutionId id) {
        return transactions.inTenant(orgId, () -> {
            Acting acting = scope.enter(caller, orgId, workspaceId, Action.EDIT_CONTENT);
            // Locked here so that the final check below and the ender's own read see the same state.
            ExecutionRecord execution = inWorkspace.lock(orgId, workspaceId, id);
            if (execution.execution().isFinal()) {
                throw ended(execution);
            }
            return ender.cancel(orgId, id, "cancelled by " + who(acting), clock.instant())
                    .orElseThrow(() -> new DomainException.NotFound("execution"));
        });
    }

    static DomainException.Conflict ended(ExecutionRecord execution) {
        return new DomainException.Conflict("execution_final", "the execution has ended ("
                + execution.execution().status().wireName() + "); nothing is left to cancel");
    }

    static String who(Acting acting) {
        return acting.viaKey().map(key -> "API key " + key).orElse("user " + acting.as().userId());
    }
}
