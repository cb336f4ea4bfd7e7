package dev.glyphic.application.workflow;

import dev.glyphic.application.org.Acting;
import dev.glyphic.application.org.Auditor;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.CreateWorkflow;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.application.trigger.TriggerRegistry;
import dev.glyphic.application.port.out.workflow.WorkflowVersion;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

public final class CreateWorkflowService implements CreateWorkflow {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final WorkflowRules rules;
    private final WorkflowRepository workflows;
    private final Auditor auditor;
    private final TriggerRegistry triggers;
    private final Clock clock;

    public CreateWorkflowService(Transactions transactions, WorkspaceScope scope, WorkflowRules rules,
                                 WorkflowRepository workflows, Auditor auditor, TriggerRegistry triggers,
                                 Clock clock) {
        this.transactions = transactions;
        this.scope = scope;
        this.rules = rules;
        this.workflows = workflows;
        this.auditor = auditor;
        this.triggers = triggers;
        this.clock = clock;
    }

    @Override
    public Workflow create(Caller caller, OrgId orgId, WorkspaceId workspaceId, Command command) {
        WorkflowRules.Precheck checked = rules.precheck(command.definition());
        return transactions.inTenant(orgId, () -> {
            Acting acting = scope.enter(caller, orgId, workspaceId, Action.EDIT_CONTENT);
            boolean valid = rules.finish(checked, orgId, workspaceId, command.draft()).isEmpty();
            if (command.active() && !valid) {
                throw new DomainException.Invalid(Violation.of("active", "invalid_definition",
                        "a draft with violations cannot be active; fix the definition first"));
            }
            Instant now = clock.instant();
            Workflow workflow = new Workflow(WorkflowId.random(), orgId, workspaceId, command.name(),
                    command.description(), command.tags(), command.active(), command.shared(), command.definition(),
                    1, valid, 0, Optional.empty(), acting.as().userId(), now, acting.as().userId(), now,
                    Optional.empty());
            workflows.insert(workflow, new WorkflowVersion(workflow.id(), 1, command.definition(),
                    command.changeSummary(), acting.as().userId(), now));
            triggers.changed(Optional.empty(), workflow, now);
            auditor.record(acting, AuditAction.WORKFLOW_CREATED, "workflow", workflow.id(),
                    Map.of("name", workflow.name().value(), "workspace", workspaceId.toString()));
            return workflow;
        });
    }
}
