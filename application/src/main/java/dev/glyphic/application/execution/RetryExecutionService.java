package dev.glyphic.application.execution;

import dev.glyphic.application.engine.QueueCap;
import dev.glyphic.application.org.Acting;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.execution.RetryExecution;
import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.ExecutionLogs;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.NodeRuns;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.LogEntry;
import dev.glyphic.domain.execution.LogLevel;
import dev.glyphic.domain.execution.NodeRun;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.execution.NodeRunStatus;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reopens a failed execution at its failure, all in one transaction under the execution's row lock. The execution
 * goes back to queued, so that it waits its turn under the org's and the workflow's limits; its runs to be redone
 * are parked until admission takes it up again.
 */
public final class RetryExecutionService implements RetryExecution {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final Executions executions;
    private final NodeRuns nodeRuns;
    private final ExecutionLogs logs;
    private final WorkspaceExecutions inWorkspace;
    private final EngineSignals signals;
    private final Clock clock;

    private final QueueCap queueCap;

    public RetryExecutionService(Transactions transactions, WorkspaceScope scope, Executions executions,
                                 WorkspaceExecutions inWorkspace, NodeRuns nodeRuns, ExecutionLogs logs,
                                 EngineSignals signals, Clock clock, QueueCap queueCap) {
        this.queueCap = queueCap;
        this.transactions = transactions;
        this.scope = scope;
        this.executions = executions;
        this.nodeRuns = nodeRuns;
        this.logs = logs;
        this.inWorkspace = inWorkspace;
        this.signals = signals;
        this.clock = clock;
    }

    @Override
    public ExecutionRecord retry(Caller caller, OrgId orgId, WorkspaceId workspaceId,
                                 ExecutionId id) {
        return transactions.inTenant(orgId, () -> {
            Acting acting = scope.enter(caller, orgId, workspaceId, Action.EDIT_CONTENT);
            ExecutionRecord execution = inWorkspace.lock(orgId, workspaceId, id);
            if (execution.execution().status() != ExecutionStatus.FAILED) {
                throw new DomainException.Conflict("execution_not_failed", "only a failed execution can be retried "
                        + "from its failed node; this one is " + execution.execution().status().wireName()
                        + (execution.execution().isFinal() ? "; replay it to run it again" : ""));
            }
            // Retried, it is queued again: it needs room in the org's queue like a new one.
            queueCap.requireRoom(orgId);
            Instant now = clock.instant();
            List<NodeRunRecord> runs = nodeRuns.ofExecution(orgId, id);
            List<NodeRunRecord> failed = runs.stream()
                    .filter(r -> r.state().status() == NodeRunStatus.FAILED).toList();
            if (failed.isEmpty()) {
                // A step that overran its timeout is not retried (see NodeRunTransitions): unchanged, it would
                // most likely time out again.
                throw new DomainException.Conflict("nothing_to_retry", "the execution has no failed step to retry "
                        + "(a step that timed out is not retried); replay it instead");
            }
            List<NodeRunRecord> cancelled = runs.stream()
                    .filter(r -> r.state().status() == NodeRunStatus.CANCELLED).toList();
            nodeRuns.update(orgId, failed.stream().map(r -> retried(r, now)).toList());
            nodeRuns.delete(orgId, cancelled.stream().map(r -> r.state().id()).toList());
            nodeRuns.insert(orgId, cancelled.stream().map(r -> rerun(r, now)).toList());
            nodeRuns.parkUntilAdmitted(orgId, id);
            ExecutionRecord reopened = reopened(execution);
            executions.update(orgId, reopened);
            logs.append(orgId, List.of(LogEntry.ofExecution(id, now, LogLevel.INFO, "retried from "
                    + nodes(failed) + " by " + CancelExecutionService.who(acting)
                    + (cancelled.isEmpty() ? "" : "; " + nodes(cancelled) + " run again"))));
            signals.workReady();
            signals.executionChanged(id);
            return reopened;
        });
    }

    /** A new generation of the failed step, with its input; what its failed attempt left behind is cleared. */
    private static NodeRunRecord retried(NodeRunRecord run, Instant now) {
        return new NodeRunRecord(run.state().retryFromFailedNode(now), run.input(), Optional.empty(), Set.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A fresh run of a step the failure cancelled. It keeps the cancelled run's generation, hence its idempotency
     * key: the cancelled attempt may have been under way, and what it began must be deduplicated, not done twice.
     */
    private static NodeRunRecord rerun(NodeRunRecord run, Instant now) {
        NodeRun old = run.state();
        return NodeRunRecord.of(new NodeRun(NodeRunId.random(), old.executionId(), old.nodeId(),
                old.retryGeneration(), 1, NodeRunStatus.PENDING, now, Optional.empty(), Optional.empty(),
                Optional.empty()), run.input());
    }

    /** Queued again, with no deadline: admission sets a new one when it starts it (the timeout is per run). */
    private static ExecutionRecord reopened(ExecutionRecord e) {
        return new ExecutionRecord(e.execution().retryFromFailedNode(), e.triggerData(), e.input(), Optional.empty(),
                Optional.empty(), e.parent(), e.replayOf(), e.entryNodes(), e.concurrencyLimit(), e.timeout(),
                Optional.empty(), e.idempotencyKey(), e.requestDigest(), e.depth());
    }

    private static String nodes(List<NodeRunRecord> runs) {
        return runs.stream().map(r -> "'" + r.nodeId() + "'").collect(Collectors.joining(", "));
    }
}
