package dev.glyphic.bootstrap;

import dev.glyphic.application.org.Auditor;
import dev.glyphic.application.org.OrgAccess;
import dev.glyphic.application.port.in.workflow.CreateTemplate;
import dev.glyphic.application.port.in.workflow.CreateWorkflow;
import dev.glyphic.application.port.in.workflow.CreateWorkflowFromTemplate;
import dev.glyphic.application.port.in.workflow.DeleteTemplate;
import dev.glyphic.application.port.in.workflow.DuplicateWorkflow;
import dev.glyphic.application.port.in.workflow.ImportWorkflow;
import dev.glyphic.application.port.in.workflow.ListNodeTypes;
import dev.glyphic.application.port.in.workflow.ListTemplates;
import dev.glyphic.application.port.in.workflow.ListWorkflows;
import dev.glyphic.application.port.in.workflow.SaveWorkflowAsTemplate;
import dev.glyphic.application.port.in.workflow.ShowTemplate;
import dev.glyphic.application.port.in.workflow.ShowWorkflow;
import dev.glyphic.application.port.in.workflow.TrashWorkflow;
import dev.glyphic.application.port.in.workflow.UpdateWorkflow;
import dev.glyphic.application.port.in.workflow.WorkflowVersions;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.TemplateRepository;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.application.workflow.CreateTemplateService;
import dev.glyphic.application.workflow.CreateWorkflowFromTemplateService;
import dev.glyphic.application.workflow.CreateWorkflowService;
import dev.glyphic.application.workflow.DeleteTemplateService;
import dev.glyphic.application.workflow.DuplicateWorkflowService;
import dev.glyphic.application.workflow.ImportWorkflowService;
import dev.glyphic.application.workflow.ListNodeTypesService;
import dev.glyphic.application.workflow.ListTemplatesService;
import dev.glyphic.application.workflow.ListWorkflowsService;
import dev.glyphic.application.workflow.SaveWorkflowAsTemplateService;
import dev.glyphic.application.workflow.ShowTemplateService;
import dev.glyphic.application.workflow.ShowWorkflowService;
import dev.glyphic.application.workflow.TemplateLibrary;
import dev.glyphic.application.workflow.TrashWorkflowService;
import dev.glyphic.application.workflow.UpdateWorkflowService;
import dev.glyphic.application.workflow.WorkflowRules;
import dev.glyphic.application.workflow.WorkflowVersionsService;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.workflow.DefinitionLimits;
import dev.glyphic.domain.workflow.DefinitionValidator;
import dev.glyphic.domain.workflow.ExpressionSyntax;
import dev.glyphic.domain.workflow.LiteralSecrets;
import dev.glyphic.domain.workflow.NodeCatalogue;
import dev.glyphic.domain.workflow.SubworkflowCycles;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the workflow use cases: definitions, validation, versions, templates. */
@Factory
public class WorkflowUseCaseFactory {
    private final Transactions transactions;
    private final WorkflowRepository workflows;
    private final Auditor auditor;
    private final Clock clock;
    private final NodeCatalogue catalogue = NodeCatalogue.standard();
    private final WorkspaceScope scope;
    private final WorkflowRules rules;

    public WorkflowUseCaseFactory(Transactions transactions, WorkflowRepository workflows,
                                  WorkspaceRepository workspaces, OrgAccess access, Auditor auditor,
                                  ExpressionSyntax expressions, Clock clock,
                                  @Value("${glyphic.workflows.max-nodes:1000}") int maxNodes,
                                  @Value("${glyphic.workflows.max-definition-bytes:2097152}") long maxBytes) {
        this.transactions = transactions;
        this.workflows = workflows;
        this.auditor = auditor;
        this.clock = clock;
        this.scope = new WorkspaceScope(access, workspaces, workflows);
        this.rules = new WorkflowRules(new DefinitionValidator(catalogue, new DefinitionLimits(maxNodes, maxBytes),
                expressions), workflows, new SubworkflowCycles(catalogue));
    }

    @Singleton
    CreateWorkflow createWorkflow() {
        return new CreateWorkflowService(transactions, scope, rules, workflows, auditor, clock);
    }

    @Singleton
    UpdateWorkflow updateWorkflow() {
        return new UpdateWorkflowService(transactions, scope, rules, workflows, clock);
    }

    @Singleton
    ShowWorkflow showWorkflow() {
        return new ShowWorkflowService(transactions, scope, workflows);
    }

    @Singleton
    ListWorkflows listWorkflows() {
        return new ListWorkflowsService(transactions, scope, workflows);
    }

    @Singleton
    TrashWorkflow trashWorkflow() {
        return new TrashWorkflowService(transactions, scope, workflows, auditor, clock);
    }

    @Singleton
    DuplicateWorkflow duplicateWorkflow(CreateWorkflow create) {
        return new DuplicateWorkflowService(transactions, scope, create);
    }

    @Singleton
    WorkflowVersions workflowVersions(UpdateWorkflow update) {
        return new WorkflowVersionsService(transactions, scope, workflows, update);
    }

    @Singleton
    ImportWorkflow importWorkflow(CreateWorkflow create) {
        return new ImportWorkflowService(create);
    }

    @Singleton
    ListNodeTypes listNodeTypes() {
        return new ListNodeTypesService(catalogue);
    }

    @Singleton
    TemplateLibrary templateLibrary(OrgAccess access, TemplateRepository templates) {
        return new TemplateLibrary(access, rules, new LiteralSecrets(catalogue), templates, auditor, clock);
    }

    @Singleton
    CreateTemplate createTemplate(TemplateLibrary library) {
        return new CreateTemplateService(transactions, library);
    }

    @Singleton
    SaveWorkflowAsTemplate saveWorkflowAsTemplate(TemplateLibrary library) {
        return new SaveWorkflowAsTemplateService(transactions, scope, library);
    }

    @Singleton
    ListTemplates listTemplates(OrgAccess access, TemplateRepository templates) {
        return new ListTemplatesService(transactions, access, templates);
    }

    @Singleton
    ShowTemplate showTemplate(OrgAccess access, TemplateLibrary library) {
        return new ShowTemplateService(transactions, access, library);
    }

    @Singleton
    DeleteTemplate deleteTemplate(OrgAccess access, TemplateRepository templates, TemplateLibrary library) {
        return new DeleteTemplateService(transactions, access, templates, library, auditor);
    }

    @Singleton
    CreateWorkflowFromTemplate createWorkflowFromTemplate(ShowTemplate show, CreateWorkflow create) {
        return new CreateWorkflowFromTemplateService(show, create);
    }
}
