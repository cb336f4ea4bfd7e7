package dev.glyphic.application.port.in.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.TemplateId;
import dev.glyphic.domain.workflow.Workflow;

/** Creates an inactive workflow in a workspace from a template (the organization's own or a public one). */
public interface CreateWorkflowFromTemplate {

    Workflow create(Caller caller, OrgId orgId, WorkspaceId workspaceId, TemplateId id, DisplayName name);
}
