package dev.glyphic.application.workflow;

import dev.glyphic.application.org.Acting;
import dev.glyphic.application.org.Auditor;
import dev.glyphic.application.org.OrgAccess;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.DeleteTemplate;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.TemplateRepository;
import dev.glyphic.application.port.out.workflow.WorkflowTemplate;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.workflow.TemplateId;
import java.util.Map;

public final class DeleteTemplateService implements DeleteTemplate {
    private final Transactions transactions;
    private final OrgAccess access;
    private final TemplateRepository templates;
    private final TemplateLibrary library;
    private final Auditor auditor;

    public DeleteTemplateService(Transactions transactions, OrgAccess access, TemplateRepository templates,
                                 TemplateLibrary library, Auditor auditor) {
        this.transactions = transactions;
        this.access = access;
        this.templates = templates;
        this.library = library;
        this.auditor = auditor;
    }

    @Override
    public void delete(Caller caller, OrgId orgId, TemplateId id) {
        transactions.inTenant(orgId, () -> {
            // Membership first, so that an outsider learns nothing about the organization's templates. Another
            // organization's public template is visible but not this organization's to delete: the same 404 as a
            // template that does not exist, so deleting cannot probe which ids exist elsewhere.
            Acting member = access.enter(caller, orgId);
            WorkflowTemplate template = library.visible(orgId, id);
            if (!template.orgId().equals(orgId)) {
                throw TemplateLibrary.notFound();
            }
            Acting acting = member.require(template.shared() ? Action.PUBLISH_TEMPLATES : Action.EDIT_CONTENT);
            templates.delete(orgId, id);
            auditor.record(acting, AuditAction.TEMPLATE_DELETED, "template", id,
                    Map.of("name", template.name().value()));
            return null;
        });
    }
}
