package dev.glyphic.application.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.ShowWorkflow;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;

public final class ShowWorkflowService implements ShowWorkflow {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final WorkflowRepository workflows;

    public ShowWorkflowService(Transactions transactions, WorkspaceScope scope, WorkflowRepository workflows) {
        this.transactions = transactions;
        this.scope = scope;
        this.workflows = workflows;
    }

    @Override
    public Workflow show(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id) {
        return transactions.inTenant(orgId, () -> {
            scope.enter(caller, orgId, workspaceId, Action.READ);
            return workflows.find(orgId, workspaceId, id).orElseThrow(() -> new DomainException.NotFound("workflow"));
        });
    }
}
