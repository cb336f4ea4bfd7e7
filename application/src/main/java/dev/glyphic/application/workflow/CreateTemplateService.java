package dev.glyphic.application.workflow;

import dev.glyphic.application.org.Acting;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.CreateTemplate;
import dev.glyphic.application.port.in.workflow.TemplateDetails;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowTemplate;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;

public final class CreateTemplateService implements CreateTemplate {
    private final Transactions transactions;
    private final TemplateLibrary library;

    public CreateTemplateService(Transactions transactions, TemplateLibrary library) {
        this.transactions = transactions;
        this.library = library;
    }

    /** The definition is checked before the transaction opens: it needs no database. */
    @Override
    public WorkflowTemplate create(Caller caller, OrgId orgId, TemplateDetails details, Json.Obj definition) {
        library.checkContent(details, definition);
        return transactions.inTenant(orgId, () -> {
            Acting acting = library.enterToAdd(caller, orgId, details);
            return library.add(acting, orgId, details, definition);
        });
    }
}
