package dev.glyphic.application.workflow;

import dev.glyphic.application.org.Acting;
import dev.glyphic.application.org.Auditor;
import dev.glyphic.application.org.OrgAccess;
import dev.glyphic.application.port.Cursors;
import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.CreateWorkflow;
import dev.glyphic.application.port.in.workflow.ManageTemplates;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.TemplateRepository;
import dev.glyphic.application.port.out.workflow.TemplateSummary;
import dev.glyphic.application.port.out.workflow.WorkflowTemplate;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.LiteralSecrets;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.TemplateId;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Templates are small enough to be managed by one service; each method is still one use case with one
 * transaction. Templates are validated like workflows, so every template can become a runnable workflow.
 */
public final class ManageTemplatesService implements ManageTemplates {
    private final Transactions transactions;
    private final OrgAccess access;
    private final WorkspaceScope scope;
    private final WorkflowRules rules;
    private final LiteralSecrets literalSecrets;
    private final TemplateRepository templates;
    private final CreateWorkflow createWorkflow;
    private final Auditor auditor;
    private final Clock clock;

    public ManageTemplatesService(Transactions transactions, OrgAccess access, WorkspaceScope scope,
                                  WorkflowRules rules, LiteralSecrets literalSecrets, TemplateRepository templates,
                                  CreateWorkflow createWorkflow, Auditor auditor, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.scope = scope;
        this.rules = rules;
        this.literalSecrets = literalSecrets;
        this.templates = templates;
        this.createWorkflow = createWorkflow;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public WorkflowTemplate create(Caller caller, OrgId orgId, Details details, Json.Obj definition) {
        rules.checkPortable(definition);
        refuseLiteralSecrets(details, definition);
        return transactions.inTenant(orgId, () -> {
            Acting acting = enterToWrite(caller, orgId, details);
            return store(acting, orgId, details, definition);
        });
    }

    @Override
    public WorkflowTemplate saveAs(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId workflowId,
                                   Details details) {
        return transactions.inTenant(orgId, () -> {
            Acting acting = enterToWrite(caller, orgId, details);
            scope.enter(caller, orgId, workspaceId, Action.READ);
            Workflow workflow = scope.liveWorkflow(orgId, workspaceId, workflowId);
            rules.checkPortable(workflow.definition());
            refuseLiteralSecrets(details, workflow.definition());
            return store(acting, orgId, details, workflow.definition());
        });
    }

    @Override
    public Page<TemplateSummary> list(Caller caller, OrgId orgId, Optional<String> category, PageRequest page) {
        return transactions.inTenant(orgId, () -> {
            access.enter(caller, orgId).require(Action.READ);
            return Page.of(templates.list(orgId, category, page), page, t -> Cursors.encode(t.id().value()));
        });
    }

    @Override
    public WorkflowTemplate show(Caller caller, OrgId orgId, TemplateId id) {
        return transactions.inTenant(orgId, () -> {
            access.enter(caller, orgId).require(Action.READ);
            return visible(orgId, id);
        });
    }

    @Override
    public void delete(Caller caller, OrgId orgId, TemplateId id) {
        transactions.inTenant(orgId, () -> {
            // Membership first, so that an outsider learns nothing about the organization's templates. Another
            // organization's public template is visible but not this organization's to delete: the same 404 as a
            // template that does not exist, so deleting cannot probe which ids exist elsewhere.
            Acting member = access.enter(caller, orgId);
            WorkflowTemplate template = visible(orgId, id);
            if (!template.orgId().equals(orgId)) {
                throw notFound();
            }
            Acting acting = member.require(template.shared() ? Action.PUBLISH_TEMPLATES : Action.EDIT_CONTENT);
            templates.delete(orgId, id);
            auditor.record(acting, AuditAction.TEMPLATE_DELETED, "template", id,
                    Map.of("name", template.name().value()));
            return null;
        });
    }

    @Override
    public Workflow instantiate(Caller caller, OrgId orgId, WorkspaceId workspaceId, TemplateId id,
                                DisplayName name) {
        WorkflowTemplate template = show(caller, orgId, id);
        return createWorkflow.create(caller, orgId, workspaceId, new CreateWorkflow.Command(name,
                template.description(), Tags.none(), false, false, template.definition(), false,
                "created from template " + template.id()));
    }

    private Acting enterToWrite(Caller caller, OrgId orgId, Details details) {
        return access.enter(caller, orgId).require(details.shared() ? Action.PUBLISH_TEMPLATES : Action.EDIT_CONTENT);
    }

    /** The definition was checked to be portable: a template travels where sub-workflow references cannot follow. */
    private WorkflowTemplate store(Acting acting, OrgId orgId, Details details, Json.Obj definition) {
        WorkflowTemplate template = new WorkflowTemplate(TemplateId.random(), orgId, details.name(),
                details.description(), details.category(), definition, details.shared(), acting.as().userId(),
                clock.instant());
        templates.insert(template);
        auditor.record(acting, details.shared() ? AuditAction.TEMPLATE_PUBLISHED : AuditAction.TEMPLATE_CREATED,
                "template", template.id(), Map.of("name", template.name().value()));
        return template;
    }

    private WorkflowTemplate visible(OrgId orgId, TemplateId id) {
        return templates.find(orgId, id).orElseThrow(ManageTemplatesService::notFound);
    }

    private static DomainException.NotFound notFound() {
        return new DomainException.NotFound("template");
    }

    /** Every organization reads a public template: it may reference secrets, never hold them. */
    private void refuseLiteralSecrets(Details details, Json.Obj definition) {
        if (!details.shared()) {
            return;
        }
        List<Violation> found = literalSecrets.find(definition);
        if (!found.isEmpty()) {
            throw new DomainException.Invalid(found.stream()
                    .map(v -> new Violation("/definition" + v.pointer(), v.code(), v.message()))
                    .toList());
        }
    }
}
