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
import dev.glyphic.application.trigger.TriggerRegistry;
import dev.glyphic.application.workflow.TrashWorkflowService;
import dev.glyphic.application.workflow.UpdateWorkflowService;
import dev.glyphic.application.workflow.WorkflowRules;
import dev.glyphic.application.workflow.WorkflowVersionsService;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.bootstrap.config.WorkflowSettings;
import dev.glyphic.domain.workflow.DefinitionValidator;
import dev.glyphic.domain.workflow.ExpressionSyntax;
import dev.glyphic.domain.workflow.LiteralSecrets;
import dev.glyphic.domain.workflow.NodeCatalogue;
import dev.glyphic.domain.workflow.SubworkflowCycles;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The workflow use cases (definitions, versions, duplicates and imports, templates, the node catalogue) and the helpers
 * they share: one {@link NodeCatalogue}, one {@link WorkflowRules} (validation within the operator's
 * {@link WorkflowSettings}, sub-workflow cycles), one {@link LiteralSecrets} check, and one {@link WorkspaceScope},
 * which the execution use cases use too. Each method takes what its service needs; the service is exposed as its
 * in-port.
 */
@Factory
public class WorkflowUseCaseFactory {

    @Singleton
    NodeCatalogue nodeCatalogue() {
        return NodeCatalogue.standard();
    }

    /** The workspace a request names, checked against the caller's access, with its workflows. */
    @Singleton
    WorkspaceScope workspaceScope(OrgAccess access, WorkspaceRepository workspaces, WorkflowRepository workflows) {
        return new WorkspaceScope(access, workspaces, workflows);
    }

    @Singleton
    WorkflowRules workflowRules(NodeCatalogue catalogue, WorkflowSettings settings, ExpressionSyntax expressions,
                                WorkflowRepository workflows) {
        return new WorkflowRules(new DefinitionValidator(catalogue, settings.definitionLimits(), expressions),
                workflows, new SubworkflowCycles(catalogue));
    }

    @Singleton
    LiteralSecrets literalSecrets(NodeCatalogue catalogue) {
        return new LiteralSecrets(catalogue);
    }

    @Singleton
    CreateWorkflow createWorkflow(Transactions transactions, WorkspaceScope scope, WorkflowRules rules,
                                  WorkflowRepository workflows, Auditor auditor, TriggerRegistry triggers,
                                  Clock clock) {
        return new CreateWorkflowService(transactions, scope, rules, workflows, auditor, triggers, clock);
    }

    @Singleton
    UpdateWorkflow updateWorkflow(Transactions transactions, WorkspaceScope scope, WorkflowRules rules,
                                  WorkflowRepository workflows, TriggerRegistry triggers, Clock clock) {
        return new UpdateWorkflowService(transactions, scope, rules, workflows, triggers, clock);
    }

    @Singleton
    ShowWorkflow showWorkflow(Transactions transactions, WorkspaceScope scope, WorkflowRepository workflows) {
        return new ShowWorkflowService(transactions, scope, workflows);
    }

    @Singleton
    ListWorkflows listWorkflows(Transactions transactions, WorkspaceScope scope, WorkflowRepository workflows) {
        return new ListWorkflowsService(transactions, scope, workflows);
    }

    @Singleton
    TrashWorkflow trashWorkflow(Transactions transactions, WorkspaceScope scope, WorkflowRepository workflows,
                                Auditor auditor, TriggerRegistry triggers, Clock clock) {
        return new TrashWorkflowService(transactions, scope, workflows, auditor, triggers, clock);
    }

    @Singleton
    DuplicateWorkflow duplicateWorkflow(Transactions transactions, WorkspaceScope scope, CreateWorkflow create) {
        return new DuplicateWorkflowService(transactions, scope, create);
    }

    @Singleton
    WorkflowVersions workflowVersions(Transactions transactions, WorkspaceScope scope, WorkflowRepository workflows,
                                      UpdateWorkflow update) {
        return new WorkflowVersionsService(transactions, scope, workflows, update);
    }

    @Singleton
    ImportWorkflow importWorkflow(CreateWorkflow create) {
        return new ImportWorkflowService(create);
    }

    @Singleton
    ListNodeTypes listNodeTypes(NodeCatalogue catalogue) {
        return new ListNodeTypesService(catalogue);
    }

    @Singleton
    TemplateLibrary templateLibrary(OrgAccess access, WorkflowRules rules, LiteralSecrets literalSecrets,
                                    TemplateRepository templates, Auditor auditor, Clock clock) {
        return new TemplateLibrary(access, rules, literalSecrets, templates, auditor, clock);
    }

    @Singleton
    CreateTemplate createTemplate(Transactions transactions, TemplateLibrary library) {
        return new CreateTemplateService(transactions, library);
    }

    @Singleton
    SaveWorkflowAsTemplate saveWorkflowAsTemplate(Transactions transactions, WorkspaceScope scope,
                                                  TemplateLibrary library) {
        return new SaveWorkflowAsTemplateService(transactions, scope, library);
    }

    @Singleton
    ListTemplates listTemplates(Transactions transactions, OrgAccess access, TemplateRepository templates) {
        return new ListTemplatesService(transactions, access, templates);
    }

    @Singleton
    ShowTemplate showTemplate(Transactions transactions, OrgAccess access, TemplateLibrary library) {
        return new ShowTemplateService(transactions, access, library);
    }

    @Singleton
    DeleteTemplate deleteTemplate(Transactions transactions, OrgAccess access, TemplateRepository templates,
                                  TemplateLibrary library, Auditor auditor) {
        return new DeleteTemplateService(transactions, access, templates, library, auditor);
    }

    @Singleton
    CreateWorkflowFromTemplate createWorkflowFromTemplate(ShowTemplate show, CreateWorkflow create) {
        return new CreateWorkflowFromTemplateService(show, create);
    }
}
