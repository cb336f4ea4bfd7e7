package dev.glyphic.application.port.in;

import dev.glyphic.application.auth.Caller;
import dev.glyphic.application.shared.Page;
import dev.glyphic.application.shared.PageRequest;
import dev.glyphic.application.workflow.TemplateSummary;
import dev.glyphic.application.workflow.WorkflowTemplate;
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
