package dev.glyphic.application.port.in.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import java.util.Optional;

/**
 * Changes a workflow. Absent fields stay; a new definition writes a new version. {@code expectedVersion} (from
 * If-Match) must name the current version: a stale edit changes nothing.
 */
public interface UpdateWorkflow {

    record Command(Optional<Integer> expectedVersion, Optional<DisplayName> name, Optional<String> description,
                   Optional<Tags> tags, Optional<Boolean> active, Optional<Boolean> shared,
                   Optional<Json.Obj> definition, boolean draft, Optional<String> changeSummary) {
    }

    Workflow update(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id, Command command);
}
