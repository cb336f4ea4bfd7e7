package dev.glyphic.application.port.in.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;

/** Copies a workflow's current definition into a new, inactive workflow of the same workspace. */
public interface DuplicateWorkflow {

    Workflow duplicate(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id);
}
