package dev.glyphic.application.workflow;

import dev.glyphic.application.org.Acting;
import dev.glyphic.application.org.OrgAccess;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;

/**
 * Entering a workspace of an organization: the caller's standing in the org, the permission the use case needs,
 * and the workspace itself. Must run inside the use case's tenant transaction.
 */
public final class WorkspaceScope {
    private final OrgAccess access;
    private final WorkspaceRepository workspaces;
    private final WorkflowRepository workflows;

    public WorkspaceScope(OrgAccess access, WorkspaceRepository workspaces, WorkflowRepository workflows) {
        this.access = access;
        this.workspaces = workspaces;
        this.workflows = workflows;
    }

    public Acting enter(Caller caller, OrgId orgId, WorkspaceId workspaceId, Action action) {
        Acting acting = access.enter(caller, orgId).require(action);
        if (workspaces.find(orgId, workspaceId).isEmpty()) {
            throw new DomainException.NotFound("workspace");
        }
        return acting;
    }

    /** A workflow of the workspace that is not in the trash. */
    public Workflow liveWorkflow(OrgId orgId, WorkspaceId workspaceId, WorkflowId id) {
        return workflows.find(orgId, workspaceId, id).filter(w -> !w.inTrash())
                .orElseThrow(() -> new DomainException.NotFound("workflow"));
    }

    /** Refuses an edit based on a state other than the current one. */
    public static void requireVersion(Workflow current, java.util.Optional<Integer> expected) {
        int version = expected.orElseThrow(() -> new DomainException.VersionRequired(
                "send If-Match with the workflow's ETag; blind overwrites are refused"));
        if (version != current.version()) {
            throw new DomainException.StaleVersion("the workflow changed since you read it (now version "
                    + current.version() + "); reload and apply your change again");
        }
    }
}
