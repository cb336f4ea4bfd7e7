package dev.glyphic.application.execution;

import dev.glyphic.application.engine.ExecutionStarter;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.execution.ReplayExecution;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Workflow;
import java.time.Clock;
import java.util.Optional;

public final class ReplayExecutionService implements ReplayExecution {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final WorkspaceExecutions inWorkspace;
    private final ExecutionStarter starter;
    private final Clock clock;

    public ReplayExecutionService(Transactions transactions, WorkspaceScope scope, WorkspaceExecutions inWorkspace,
                                  ExecutionStarter starter, Clock clock) {
        this.transactions = transactions;
        this.scope = scope;
        this.inWorkspace = inWorkspace;
        this.starter = starter;
        this.clock = clock;
    }

    @Override
    public ExecutionRecord replay(Caller caller, OrgId orgId, WorkspaceId workspaceId, ExecutionId id,
                                  Version version) {
        return transactions.inTenant(orgId, () -> {
            scope.enter(caller, orgId, workspaceId, Action.EDIT_CONTENT);
            ExecutionRecord original = inWorkspace.find(orgId, workspaceId, id);
            // A workflow in the trash runs no more, replays included.
            Workflow workflow = scope.liveWorkflow(orgId, workspaceId, original.execution().workflowId());
            int pinned = switch (version) {
                case PINNED -> original.execution().workflowVersion();
                case LATEST -> workflow.version();
            };
            return starter.start(new ExecutionStarter.Request(orgId, workspaceId, workflow, pinned,
                    TriggerType.REPLAY, WorkspaceExecutions.initiator(caller), original.triggerData(),
                    original.input(), Optional.empty(), Optional.of(original.id()), Optional.empty(),
                    "replay of " + original.id() + " on version " + pinned, clock.instant())).execution();
        });
    }
}
