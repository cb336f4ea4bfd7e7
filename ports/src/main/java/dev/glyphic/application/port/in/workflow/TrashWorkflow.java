package dev.glyphic.application.port.in.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;

/** Moves a workflow to the trash (deactivating it), or brings it back within the retention period. */
public interface TrashWorkflow {

    /** Trashing a workflow that is in the trash already changes nothing and is no error. */
    void trash(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id);

    Workflow restore(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id);
}
