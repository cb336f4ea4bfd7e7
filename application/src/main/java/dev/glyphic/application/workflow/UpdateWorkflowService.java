package dev.glyphic.application.workflow;

import dev.glyphic.application.org.Acting;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.UpdateWorkflow;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.application.trigger.TriggerRegistry;
import dev.glyphic.application.port.out.workflow.WorkflowVersion;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class UpdateWorkflowService implements UpdateWorkflow {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final WorkflowRules rules;
    private final WorkflowRepository workflows;
    private final TriggerRegistry triggers;
    private final Clock clock;

    public UpdateWorkflowService(Transactions transactions, WorkspaceScope scope, WorkflowRules rules,
                                 WorkflowRepository workflows, TriggerRegistry triggers, Clock clock) {
        this.transactions = transactions;
        this.scope = scope;
        this.rules = rules;
        this.workflows = workflows;
        this.triggers = triggers;
        this.clock = clock;
    }

    @Override
    public Workflow update(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id, Command command) {
        Optional<WorkflowRules.Precheck> checked = command.definition().map(rules::precheck);
        return transactions.inTenant(orgId, () -> {
            Acting acting = scope.enter(caller, orgId, workspaceId, Action.EDIT_CONTENT);
            Workflow current = scope.liveWorkflow(orgId, workspaceId, id);
            WorkspaceScope.requireVersion(current, command.expectedVersion());
            Saved saved = save(current, checked, command.draft(), command.changeSummary().orElse(""),
                    acting, orgId, workspaceId);
            boolean active = command.active().orElse(current.active() && saved.valid());
            if (active && !saved.valid()) {
                throw new DomainException.Invalid(Violation.of("active", "invalid_definition",
                        "a workflow with violations cannot be active; fix the definition first"));
            }
            Workflow updated = new Workflow(id, orgId, workspaceId, command.name().orElse(current.name()),
                    command.description().orElse(current.description()), command.tags().orElse(current.tags()),
                    active, command.shared().orElse(current.shared()), saved.definition(), saved.version(),
                    saved.valid(), current.executionCount(), current.lastExecutedAt(), current.createdBy(),
                    current.createdAt(), acting.as().userId(), saved.at(), Optional.empty());
            if (!workflows.update(updated, current.version(), saved.newVersion())) {
                throw new DomainException.StaleVersion("the workflow changed while you saved; reload and try again");
            }
            triggers.changed(Optional.of(current), updated, saved.at());
            return updated;
        });
    }

    private record Saved(Json.Obj definition, int version, boolean valid, Instant at, WorkflowVersion newVersion) {
    }

    /** Every save writes an immutable version, whether or not the definition changed: the history is complete. */
    private Saved save(Workflow current, Optional<WorkflowRules.Precheck> checked, boolean draft, String summary,
                       Acting acting, OrgId orgId, WorkspaceId workspaceId) {
        Instant now = clock.instant();
        int version = current.version() + 1;
        Json.Obj saved = checked.map(WorkflowRules.Precheck::definition).orElse(current.definition());
        boolean valid = checked.map(c -> rules.finish(c, orgId, workspaceId, current.id(), draft).isEmpty())
                .orElse(current.valid());
        return new Saved(saved, version, valid, now,
                new WorkflowVersion(current.id(), version, saved, summary, acting.as().userId(), now));
    }
}
