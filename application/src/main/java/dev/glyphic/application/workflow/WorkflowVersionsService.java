package dev.glyphic.application.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.UpdateWorkflow;
import dev.glyphic.application.port.in.workflow.WorkflowVersions;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.application.port.out.workflow.WorkflowVersion;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.DefinitionDiff;
import dev.glyphic.domain.workflow.DefinitionReader;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowDefinition;
import dev.glyphic.domain.workflow.WorkflowId;
import java.util.List;
import java.util.Optional;

public final class WorkflowVersionsService implements WorkflowVersions {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final WorkflowRepository workflows;
    private final UpdateWorkflow update;

    public WorkflowVersionsService(Transactions transactions, WorkspaceScope scope, WorkflowRepository workflows,
                                   UpdateWorkflow update) {
        this.transactions = transactions;
        this.scope = scope;
        this.workflows = workflows;
        this.update = update;
    }

    @Override
    public List<WorkflowVersion> list(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id, int limit,
                                      Optional<Integer> beforeVersion) {
        return transactions.inTenant(orgId, () -> {
            scope.enter(caller, orgId, workspaceId, Action.READ);
            existing(orgId, workspaceId, id);
            return workflows.versions(orgId, workspaceId, id, limit, beforeVersion);
        });
    }

    @Override
    public WorkflowVersion show(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id, int version) {
        return transactions.inTenant(orgId, () -> {
            scope.enter(caller, orgId, workspaceId, Action.READ);
            existing(orgId, workspaceId, id);
            return version(orgId, workspaceId, id, version);
        });
    }

    @Override
    public DefinitionDiff diff(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id, int from, int to) {
        return transactions.inTenant(orgId, () -> {
            scope.enter(caller, orgId, workspaceId, Action.READ);
            existing(orgId, workspaceId, id);
            return DefinitionDiff.between(read(version(orgId, workspaceId, id, from)),
                    read(version(orgId, workspaceId, id, to)));
        });
    }

    /** Restoring is an ordinary save of an old definition: it becomes the newest version, and is validated again. */
    @Override
    public Workflow restore(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId id, int version,
                            Optional<Integer> expectedVersion) {
        WorkflowVersion old = show(caller, orgId, workspaceId, id, version);
        return update.update(caller, orgId, workspaceId, id, new UpdateWorkflow.Command(expectedVersion,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(old.definition()), false, Optional.of("restored version " + version)));
    }

    private void existing(OrgId orgId, WorkspaceId workspaceId, WorkflowId id) {
        if (workflows.find(orgId, workspaceId, id).isEmpty()) {
            throw new DomainException.NotFound("workflow");
        }
    }

    private WorkflowVersion version(OrgId orgId, WorkspaceId workspaceId, WorkflowId id, int version) {
        return workflows.version(orgId, workspaceId, id, version)
                .orElseThrow(() -> new DomainException.NotFound("workflow version"));
    }

    /** Versions were stored after being read once, so their shape always reads; a draft's may still break rules. */
    private static WorkflowDefinition read(WorkflowVersion version) {
        return DefinitionReader.read(version.definition()).definition()
                .orElseThrow(() -> new IllegalStateException("stored version " + version.version() + " is unreadable"));
    }
}
