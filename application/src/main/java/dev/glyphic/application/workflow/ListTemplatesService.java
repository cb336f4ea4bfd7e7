package dev.glyphic.application.workflow;

import dev.glyphic.application.org.OrgAccess;
import dev.glyphic.application.port.Cursors;
import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.ListTemplates;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.TemplateRepository;
import dev.glyphic.application.port.out.workflow.TemplateSummary;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import java.util.Optional;

public final class ListTemplatesService implements ListTemplates {
    private final Transactions transactions;
    private final OrgAccess access;
    private final TemplateRepository templates;

    public ListTemplatesService(Transactions transactions, OrgAccess access, TemplateRepository templates) {
        this.transactions = transactions;
        this.access = access;
        this.templates = templates;
    }

    @Override
    public Page<TemplateSummary> list(Caller caller, OrgId orgId, Optional<String> category, PageRequest page) {
        return transactions.inTenant(orgId, () -> {
            access.enter(caller, orgId).require(Action.READ);
            return Page.of(templates.list(orgId, category, page), page, t -> Cursors.encode(t.id().value()));
        });
    }
}
