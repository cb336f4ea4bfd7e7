package dev.glyphic.application.port.in.workflow;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.workflow.TemplateSummary;
import dev.glyphic.application.port.out.workflow.WorkflowTemplate;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.TemplateId;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import java.util.Optional;

/** Workflow templates of an organization, and the public ones of all organizations. */
public interface ManageTemplates {

    record Details(DisplayName name, String description, String category, boolean shared) {
    }

    WorkflowTemplate create(Caller caller, OrgId orgId, Details details, Json.Obj definition);

    /** Saves a workflow's current definition as a template. */
    WorkflowTemplate saveAs(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId workflowId,
                            Details details);

    Page<TemplateSummary> list(Caller caller, OrgId orgId, Optional<String> category, PageRequest page);

    WorkflowTemplate show(Caller caller, OrgId orgId, TemplateId id);

    void delete(Caller caller, OrgId orgId, TemplateId id);

    /** Creates a workflow in a workspace from a template (the org's own or a public one). */
    Workflow instantiate(Caller caller, OrgId orgId, WorkspaceId workspaceId, TemplateId id, DisplayName name);
}
