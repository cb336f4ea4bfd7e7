package dev.glyphic.application.port.in.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;

/** One workflow, with its current definition; a workflow in the trash is shown too (with its deletion time). */
public interface ShowWorkflow {

    Workflow show(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id);
}
