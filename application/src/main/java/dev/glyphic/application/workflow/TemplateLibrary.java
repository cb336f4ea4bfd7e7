package dev.glyphic.application.workflow;

import dev.glyphic.application.org.Acting;
import dev.glyphic.application.org.Auditor;
import dev.glyphic.application.org.OrgAccess;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.TemplateDetails;
import dev.glyphic.application.port.out.workflow.TemplateRepository;
import dev.glyphic.application.port.out.workflow.WorkflowTemplate;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.LiteralSecrets;
import dev.glyphic.domain.workflow.TemplateId;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What the template use cases share: which templates an organization sees, what a template may hold, who may add
 * one, and adding it with its audit event. Templates are validated like workflows, so every template can become a
 * runnable workflow. The methods that touch the database run inside the use case's tenant transaction.
 */
public final class TemplateLibrary {
    private final OrgAccess access;
    private final WorkflowRules rules;
    private final LiteralSecrets literalSecrets;
    private final TemplateRepository templates;
    private final Auditor auditor;
    private final Clock clock;

    public TemplateLibrary(OrgAccess access, WorkflowRules rules, LiteralSecrets literalSecrets,
                           TemplateRepository templates, Auditor auditor, Clock clock) {
        this.access = access;
        this.rules = rules;
        this.literalSecrets = literalSecrets;
        this.templates = templates;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** The organization's own template, or a public one of any organization. */
    public WorkflowTemplate visible(OrgId orgId, TemplateId id) {
        return templates.find(orgId, id).orElseThrow(TemplateLibrary::notFound);
    }

    public static DomainException.NotFound notFound() {
        return new DomainException.NotFound("template");
    }

    /**
     * A template travels where sub-workflow references cannot follow, and every organization reads a public one:
     * it may reference secrets, never hold them.
     */
    public void checkContent(TemplateDetails details, Json.Obj definition) {
        rules.checkPortable(definition);
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

    /** Members add templates; publishing one to every organization takes an admin. */
    public Acting enterToAdd(Caller caller, OrgId orgId, TemplateDetails details) {
        return access.enter(caller, orgId).require(details.shared() ? Action.PUBLISH_TEMPLATES : Action.EDIT_CONTENT);
    }

    /** Stores a definition that passed {@link #checkContent}. */
    public WorkflowTemplate add(Acting acting, OrgId orgId, TemplateDetails details, Json.Obj definition) {
        WorkflowTemplate template = new WorkflowTemplate(TemplateId.random(), orgId, details.name(),
                details.description(), details.category(), definition, details.shared(), acting.as().userId(),
                clock.instant());
        templates.insert(template);
        auditor.record(acting, details.shared() ? AuditAction.TEMPLATE_PUBLISHED : AuditAction.TEMPLATE_CREATED,
                "template", template.id(), Map.of("name", template.name().value()));
        return template;
    }
}
