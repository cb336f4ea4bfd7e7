package dev.glyphic.application.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.CreateWorkflow;
import dev.glyphic.application.port.in.workflow.CreateWorkflowFromTemplate;
import dev.glyphic.application.port.in.workflow.ShowTemplate;
import dev.glyphic.application.port.out.workflow.WorkflowTemplate;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.TemplateId;
import dev.glyphic.domain.workflow.Workflow;

/** Reading the template and creating the workflow are the two use cases they are, each with its own checks. */
public final class CreateWorkflowFromTemplateService implements CreateWorkflowFromTemplate {
    private final ShowTemplate showTemplate;
    private final CreateWorkflow createWorkflow;

    public CreateWorkflowFromTemplateService(ShowTemplate showTemplate, CreateWorkflow createWorkflow) {
        this.showTemplate = showTemplate;
        this.createWorkflow = createWorkflow;
    }

    @Override
    public Workflow create(Caller caller, OrgId orgId, WorkspaceId workspaceId, TemplateId id, DisplayName name) {
        WorkflowTemplate template = showTemplate.show(caller, orgId, id);
        return createWorkflow.create(caller, orgId, workspaceId, new CreateWorkflow.Command(name,
                template.description(), Tags.none(), false, false, template.definition(), false,
                "created from template " + template.id()));
    }
}
