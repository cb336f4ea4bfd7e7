package dev.glyphic.application.port.in.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.workflow.WorkflowTemplate;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.WorkflowId;

/**
 * Saves a workflow's current definition as a template of the organization, under the same rules as
 * {@link CreateTemplate}; the caller must also be able to read the workflow.
 */
public interface SaveWorkflowAsTemplate {

    WorkflowTemplate save(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId workflowId,
                          TemplateDetails details);
}
