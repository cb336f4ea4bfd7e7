package dev.glyphic.application.port.in.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.Workflow;

/** Creates a workflow in a workspace; its definition is validated unless the save is an explicit draft. */
public interface CreateWorkflow {

    record Command(DisplayName name, String description, Tags tags, boolean active, boolean shared,
                   Json.Obj definition, boolean draft, String changeSummary) {
    }

    Workflow create(Caller caller, OrgId orgId, WorkspaceId workspaceId, Command command);
}
