package dev.glyphic.application.workflow;

import dev.glyphic.application.org.Acting;
import dev.glyphic.application.org.Auditor;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.TrashWorkflow;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.application.trigger.TriggerRegistry;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

public final class TrashWorkflowService implements TrashWorkflow {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final WorkflowRepository workflows;
    private final Auditor auditor;
    private final TriggerRegistry triggers;
    private final Clock clock;

    public TrashWorkflowService(Transactions transactions, WorkspaceScope scope, WorkflowRepository workflows,
                                Auditor auditor, TriggerRegistry triggers, Clock clock) {
        this.transactions = transactions;
        this.scope = scope;
        this.workflows = workflows;
        this.auditor = auditor;
        this.triggers = triggers;
        this.clock = clock;
    }

    /** Trashing twice is not an error: the workflow is in the trash either way, since the first time. */
    @Override
    public void trash(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id) {
        transactions.inTenant(orgId, () -> {
            Acting acting = scope.enter(caller, orgId, workspaceId, Action.DELETE_CONTENT);
            Workflow current = workflows.find(orgId, workspaceId, id)
                    .orElseThrow(() -> new DomainException.NotFound("workflow"));
            if (!current.inTrash()) {
                Instant now = clock.instant();
                Workflow trashed = with(current, false, Optional.of(now));
                workflows.setDeleted(trashed);
                triggers.changed(Optional.of(current), trashed, now);
                auditor.record(acting, AuditAction.WORKFLOW_DELETED, "workflow", id,
                        Map.of("name", current.name().value()));
            }
            return null;
        });
    }

    @Override
    public Workflow restore(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id) {
        return transactions.inTenant(orgId, () -> {
            Acting acting = scope.enter(caller, orgId, workspaceId, Action.DELETE_CONTENT);
            Workflow current = workflows.find(orgId, workspaceId, id)
                    .orElseThrow(() -> new DomainException.NotFound("workflow"));
            Instant now = clock.instant();
            if (!current.inTrash()) {
                return current;
            }
            if (!current.restorableAt(now)) {
                throw new DomainException.Conflict("trash_expired", "the workflow was deleted more than "
                        + Workflow.TRASH_RETENTION.toDays() + " days ago and can no longer be restored");
            }
            Workflow restored = with(current, false, Optional.empty());
            workflows.setDeleted(restored);
            triggers.changed(Optional.of(current), restored, now);
            auditor.record(acting, AuditAction.WORKFLOW_RESTORED, "workflow", id,
                    Map.of("name", current.name().value()));
            return restored;
        });
    }

    /** A trashed workflow is never active, and comes back inactive: nothing starts running by surprise. */
    private static Workflow with(Workflow w, boolean active, Optional<Instant> deletedAt) {
        return new Workflow(w.id(), w.orgId(), w.workspaceId(), w.name(), w.description(), w.tags(), active,
                w.shared(), w.definition(), w.version(), w.valid(), w.executionCount(), w.lastExecutedAt(),
                w.createdBy(), w.createdAt(), w.updatedBy(), w.updatedAt(), deletedAt);
    }
}
