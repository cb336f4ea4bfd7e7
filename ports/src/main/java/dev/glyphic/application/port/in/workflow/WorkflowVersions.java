package dev.glyphic.application.port.in.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.workflow.WorkflowVersion;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.DefinitionDiff;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import java.util.List;
import java.util.Optional;

/** A workflow's history: list, read, compare, and restore (which writes a new version). */
public interface WorkflowVersions {

    List<WorkflowVersion> list(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id, int limit,
                               Optional<Integer> beforeVersion);

    WorkflowVersion show(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id, int version);

    DefinitionDiff diff(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id, int from, int to);

    Workflow restore(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id, int version,
                     Optional<Integer> expectedVersion);
}
