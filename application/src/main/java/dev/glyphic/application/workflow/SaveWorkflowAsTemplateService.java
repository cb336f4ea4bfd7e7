package dev.glyphic.application.workflow;

import dev.glyphic.application.org.Acting;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.SaveWorkflowAsTemplate;
import dev.glyphic.application.port.in.workflow.TemplateDetails;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowTemplate;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;

public final class SaveWorkflowAsTemplateService implements SaveWorkflowAsTemplate {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final TemplateLibrary library;

    public SaveWorkflowAsTemplateService(Transactions transactions, WorkspaceScope scope, TemplateLibrary library) {
        this.transactions = transactions;
        this.scope = scope;
        this.library = library;
    }

    @Override
    public WorkflowTemplate save(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId workflowId,
                                 TemplateDetails details) {
        return transactions.inTenant(orgId, () -> {
            Acting acting = library.enterToAdd(caller, orgId, details);
            scope.enter(caller, orgId, workspaceId, Action.READ);
            Workflow workflow = scope.liveWorkflow(orgId, workspaceId, workflowId);
            library.checkContent(details, workflow.definition());
            return library.add(acting, orgId, details, workflow.definition());
        });
    }
}
