package dev.glyphic.application.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.CreateWorkflow;
import dev.glyphic.application.port.in.workflow.ImportWorkflow;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.DefinitionImport;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.Workflow;

public final class ImportWorkflowService implements ImportWorkflow {
    private final CreateWorkflow create;

    public ImportWorkflowService(CreateWorkflow create) {
        this.create = create;
    }

    /** An import is a creation like any other: validated (unless a draft), versioned, audited, inactive. */
    @Override
    public Imported importFile(Caller caller, OrgId orgId, WorkspaceId workspaceId, Command command) {
        DefinitionImport.Result result = switch (command.format()) {
            case GLYPHIC -> DefinitionImport.glyphic(command.document());
            case REACT_FLOW -> DefinitionImport.reactFlow(command.document());
        };
        Workflow workflow = create.create(caller, orgId, workspaceId, new CreateWorkflow.Command(command.name(), "",
                Tags.none(), false, false, result.definition(), command.draft(),
                "imported from a " + command.format().name().toLowerCase(java.util.Locale.ROOT) + " file"));
        return new Imported(workflow, result.dropped());
    }
}
