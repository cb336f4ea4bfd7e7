package dev.glyphic.application.execution;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.execution.ShowExecution;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.ExecutionRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;

public final class ShowExecutionService implements ShowExecution {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final ExecutionRepository executions;
    private final WorkspaceExecutions inWorkspace;

    public ShowExecutionService(Transactions transactions, WorkspaceScope scope, ExecutionRepository executions) {
        this.transactions = transactions;
        this.scope = scope;
        this.executions = executions;
        this.inWorkspace = new WorkspaceExecutions(executions);
    }

    @Override
    public Detail show(Caller caller, OrgId orgId, WorkspaceId workspaceId, ExecutionId id) {
        return transactions.inTenant(orgId, () -> {
            scope.enter(caller, orgId, workspaceId, Action.READ);
            ExecutionRecord execution = inWorkspace.find(orgId, workspaceId, id);
            return new Detail(execution, executions.nodeRuns(orgId, id), executions.outputs(orgId, id));
        });
    }
}
