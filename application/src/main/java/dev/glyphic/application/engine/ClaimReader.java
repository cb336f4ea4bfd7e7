package dev.glyphic.application.engine;

import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.WorkQueue;
import dev.glyphic.application.port.out.execution.WorkerId;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.workflow.ExpressionContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads what a claimed node run needs to run, in one tenant transaction of its own. */
final class ClaimReader {
    private final Transactions transactions;
    private final ExecutionStore store;
    private final PinnedWorkflows workflows;
    private final Clock clock;

    ClaimReader(Transactions transactions, ExecutionStore store, PinnedWorkflows workflows, Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.workflows = workflows;
        this.clock = clock;
    }

    /** What the first transaction found. */
    record Begun(ExecutionRecord execution, NodeRunRecord run, PinnedWorkflow workflow, NodeInvocation invocation) {
    }

    /** Empty when the execution or the run is gone, or the execution has ended. */
    Optional<Begun> begin(WorkQueue.Claim claim, WorkerId worker) {
        OrgId orgId = claim.orgId();
        return transactions.inTenant(orgId, () -> {
            Optional<ExecutionRecord> found = store.executions().find(orgId, claim.executionId());
            if (found.isEmpty()) {
                return Optional.<Begun>empty();
            }
            List<NodeRunRecord> runs = store.nodeRuns().ofExecution(orgId, claim.executionId());
            Optional<NodeRunRecord> run = runs.stream().filter(r -> r.state().id().equals(claim.nodeRunId()))
                    .findFirst();
            if (run.isEmpty()) {
                return Optional.<Begun>empty();
            }
            ExecutionRecord execution = found.get();
            NodeRunRecord r = run.get();
            if (execution.execution().isFinal()) {
                // Ended while this run was due; the run is cancelled with it, if no one did so yet.
                store.nodeRuns().updateHeld(orgId, r.with(r.state().cancel(clock.instant())), worker);
                return Optional.<Begun>empty();
            }
            PinnedWorkflow workflow = workflows.get(orgId, execution.execution().workspaceId(),
                    execution.execution().workflowId(), execution.execution().workflowVersion());
            Map<String, Json> outputs = NodeRunLedger.outputsOf(runs);
            Json input = r.input().orElse(execution.input());
            boolean resuming = claim.claimed() == WorkQueue.Claimed.WAITING;
            NodeInvocation invocation = new NodeInvocation(orgId, execution.execution().workspaceId(), execution.id(),
                    execution.execution().startedBy(), workflow.graph().node(r.nodeId()),
                    new ExpressionContext(input, execution.triggerData(), outputs),
                    r.state().idempotencyKey(), r.state().attempt(), resuming,
                    resuming ? r.resolution() : Optional.empty(), clock.instant());
            return Optional.of(new Begun(execution, r, workflow, invocation));
        });
    }
}
