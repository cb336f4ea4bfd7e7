package dev.glyphic.application.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.CreateWorkflow;
import dev.glyphic.application.port.in.workflow.DuplicateWorkflow;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;

public final class DuplicateWorkflowService implements DuplicateWorkflow {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final CreateWorkflow create;

    public DuplicateWorkflowService(Transactions transactions, WorkspaceScope scope, CreateWorkflow create) {
        this.transactions = transactions;
        this.scope = scope;
        this.create = create;
    }

    @Override
    public Workflow duplicate(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id) {
        Workflow source = transactions.inTenant(orgId, () -> {
            scope.enter(caller, orgId, workspaceId, Action.EDIT_CONTENT);
            return scope.liveWorkflow(orgId, workspaceId, id);
        });
        String name = source.name().value();
        DisplayName copy = DisplayName.of(name.length() > 190 ? name.substring(0, 190) + " (copy)" : name + " (copy)");
        return create.create(caller, orgId, workspaceId, new CreateWorkflow.Command(copy, source.description(),
                source.tags(), false, source.shared(), source.definition(), !source.valid(),
                "duplicated from " + source.id() + " version " + source.version()));
    }
}
