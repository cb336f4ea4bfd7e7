package dev.glyphic.application.port.in.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Workflow;
import java.util.List;

/** Creates a workflow from a definition file: Glyphic's own format, or a React Flow export. */
public interface ImportWorkflow {

    enum Format { GLYPHIC, REACT_FLOW }

    record Command(Format format, DisplayName name, Json document, boolean draft) {
    }

    /** The new workflow, and what of the file had no place in it (JSON pointers into the file). */
    record Imported(Workflow workflow, List<String> dropped) {
    }

    Imported importFile(Caller caller, OrgId orgId, WorkspaceId workspaceId, Command command);
}
