package dev.glyphic.application.workflow;

import dev.glyphic.application.org.OrgAccess;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.ShowTemplate;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowTemplate;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.workflow.TemplateId;

public final class ShowTemplateService implements ShowTemplate {
    private final Transactions transactions;
    private final OrgAccess access;
    private final TemplateLibrary library;

    public ShowTemplateService(Transactions transactions, OrgAccess access, TemplateLibrary library) {
        this.transactions = transactions;
        this.access = access;
        this.library = library;
    }

    @Override
    public WorkflowTemplate show(Caller caller, OrgId orgId, TemplateId id) {
        return transactions.inTenant(orgId, () -> {
            access.enter(caller, orgId).require(Action.READ);
            return library.visible(orgId, id);
        });
    }
}
