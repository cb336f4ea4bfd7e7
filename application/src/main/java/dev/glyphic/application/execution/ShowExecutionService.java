package dev.glyphic.application.execution;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.execution.ShowExecution;
import dev.glyphic.application.port.out.execution.ExecutionOutputs;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.application.port.out.execution.NodeRuns;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;

public final class ShowExecutionService implements ShowExecution {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final NodeRuns nodeRuns;
    private final ExecutionOutputs outputs;
    private final WorkspaceExecutions inWorkspace;

    public ShowExecutionService(Transactions transactions, WorkspaceScope scope, WorkspaceExecutions inWorkspace,
                                NodeRuns nodeRuns, ExecutionOutputs outputs) {
        this.transactions = transactions;
        this.scope = scope;
        this.nodeRuns = nodeRuns;
        this.outputs = outputs;
        this.inWorkspace = inWorkspace;
    }

    @Override
    public Detail show(Caller caller, OrgId orgId, WorkspaceId workspaceId, ExecutionId id) {
        return transactions.inTenant(orgId, () -> {
            scope.enter(caller, orgId, workspaceId, Action.READ);
            ExecutionRecord execution = inWorkspace.find(orgId, workspaceId, id);
            return new Detail(execution, nodeRuns.ofExecution(orgId, id), outputs.of(orgId, id));
        });
    }
}
