package dev.glyphic.application.engine;

import dev.glyphic.application.engine.nodes.NodeRunners;
import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.WorkQueue;
import dev.glyphic.application.port.out.execution.WorkerId;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.execution.LogLevel;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.execution.NodeRun;
import dev.glyphic.domain.execution.NodeRunStatus;
import dev.glyphic.domain.execution.NodeSettings;
import dev.glyphic.domain.execution.RetryPolicy;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records a node's outcome and walks the graph on, in one tenant transaction under the execution's row lock. A
 * worker that lost its claim meanwhile (its lease ran out, the execution was cancelled) writes nothing.
 */
final class OutcomeRecorder {
    private static final Logger LOG = Logger.getLogger(OutcomeRecorder.class.getName());

    private final Transactions transactions;
    private final ExecutionStore store;
    private final NodeRunners runners;
    private final ExecutionStarter starter;
    private final ExecutionEnder ender;
    private final EngineSignals signals;
    private final Clock clock;
    private final DoubleSupplier random;
    private final StepLimits limits;

    OutcomeRecorder(Transactions transactions, ExecutionStore store, NodeRunners runners, ExecutionStarter starter,
                    ExecutionEnder ender, EngineSignals signals, Clock clock, DoubleSupplier random,
                    StepLimits limits) {
        this.transactions = transactions;
        this.store = store;
        this.runners = runners;
        this.starter = starter;
        this.ender = ender;
        this.signals = signals;
        this.clock = clock;
        this.random = random;
        this.limits = limits;
    }

    StepProcessor.Result record(WorkQueue.Claim claim, WorkerId worker, ClaimReader.Begun b, GuardedRun.Ran ran,
                                NodeSettings settings) {
        OrgId orgId = claim.orgId();
        try {
            return transactions.inTenant(orgId, () -> {
                Instant now = clock.instant();
                Optional<ExecutionRecord> locked = store.executions().lock(orgId, claim.executionId());
                if (locked.isEmpty() || locked.get().execution().isFinal()) {
                    return new StepProcessor.Result.Lost();
                }
                List<NodeRunRecord> runs = store.nodeRuns().ofExecution(orgId, claim.executionId());
                ExecutionProgress progress = new ExecutionProgress(orgId, locked.get(), runs, b.workflow(), runners,
                        now, clock, limits);
                NodeRunRecord run = progress.run(b.run().nodeId()).orElseThrow();
                if (run.state().status() != NodeRunStatus.RUNNING || !run.state().id().equals(claim.nodeRunId())) {
                    return new StepProcessor.Result.Lost();
                }
                progress.resumeIfWaiting();
                apply(progress, run, ran, settings, now);
                progress.settle();
                progress.flush(store, signals, Optional.of(new ExecutionProgress.Held(run.nodeId(), worker)));
                ender.cancelOrphans(orgId, progress, now);
                NodeRunRecord recorded = progress.run(run.nodeId()).orElseThrow();
                Optional<Instant> dueAt = switch (recorded.state().status()) {
                    case PENDING -> Optional.of(recorded.state().scheduledAt());
                    case WAITING -> recorded.wakeAt();
                    default -> Optional.empty();
                };
                return new StepProcessor.Result.Recorded(recorded.state().status(), dueAt);
            });
        } catch (ExecutionProgress.LeaseLost e) {
            return new StepProcessor.Result.Lost();
        }
    }

    /**
     * The outcome could not be stored (the database refused it: a text with a NUL, a number out of its range, in
     * this step's output or in what the nodes run with it produced). The attempt is recorded as failed instead, so
     * that a step that can never be recorded runs out of attempts, at most {@link StepLimits#maxRecordAttempts()}
     * whatever its retry policy allows, rather than being re-run at every lease expiry. Should this write fail too
     * (the database is down), the claim stays leased and is taken up as a lost lease, which counts as well.
     */
    StepProcessor.Result recordUnrecordable(WorkQueue.Claim claim, WorkerId worker, ClaimReader.Begun b,
                                            NodeSettings settings, RuntimeException refused) {
        LOG.log(Level.WARNING, "the outcome of step " + claim.nodeRunId() + " of execution " + claim.executionId()
                + " could not be recorded; recording the attempt as failed", refused);
        RetryPolicy policy = settings.retry();
        RetryPolicy bounded = new RetryPolicy(Math.min(policy.maxAttempts(), limits.maxRecordAttempts()),
                policy.initialBackoff(), policy.multiplier(), policy.maxBackoff(), policy.jitter());
        GuardedRun.Ran failed = GuardedRun.Ran.retryableFailure(StepLimits.UNRECORDABLE_OUTCOME
                + ": the step's outcome could not be stored (" + FailureText.reason(refused) + ")");
        return record(claim, worker, b, failed, new NodeSettings(bounded, settings.timeout()));
    }

    private void apply(ExecutionProgress progress, NodeRunRecord run, GuardedRun.Ran ran, NodeSettings settings,
                       Instant now) {
        String nodeId = run.nodeId();
        switch (limits.admitted(ran.outcome())) {
            case NodeOutcome.Completed done -> progress.succeeded(run, done);
            case NodeOutcome.Failed failed -> {
                NodeRun next = failed.retryable()
                        ? run.state().afterFailure(failed.error(), settings.retry(), now, random)
                        : run.state().fail(failed.error(), now);
                if (next.status() == NodeRunStatus.PENDING) {
                    progress.replace(run.with(next));
                    progress.log(LogLevel.WARN, nodeId, "attempt " + run.state().attempt() + " failed: "
                            + failed.error() + "; attempt " + next.attempt() + " at " + next.scheduledAt(), Json.NULL);
                    progress.workReady();
                } else if (ran.timedOut()) {
                    progress.replace(run.with(run.state().timeOut(now)));
                    progress.failExecution(nodeId, failed.error());
                } else {
                    progress.replace(run.with(next));
                    progress.failExecution(nodeId, failed.error(), ran.crash());
                }
            }
            case NodeOutcome.Waiting waiting -> {
                progress.replace(run.waiting(run.state().waitFor(),
                        new NodeRunRecord.Wait(waiting.kind(), waiting.detail()), waiting.wakeAt()));
                progress.log(LogLevel.INFO, nodeId, "waiting (" + waiting.kind().wireName() + ") until "
                        + waiting.wakeAt(), waiting.detail());
            }
            case NodeOutcome.StartChild child -> startChild(progress, run, child, now);
        }
    }

    private void startChild(ExecutionProgress progress, NodeRunRecord run, NodeOutcome.StartChild child,
                            Instant now) {
        ExecutionRecord parent = progress.execution();
        ExecutionStarter.Started started;
        try {
            started = starter.startChild(parent, run.state().id(), child.workflowId(), child.input(), now);
        } catch (DomainException e) {
            // The workflow is gone or invalid: this step cannot succeed as configured (nothing was written yet).
            progress.replace(run.with(run.state().fail("cannot start the sub-workflow: " + e.getMessage(), now)));
            progress.failExecution(run.nodeId(), "cannot start the sub-workflow: " + e.getMessage());
            return;
        }
        Json reference = ChildWaits.reference(started.execution().id());
        if (!child.await()) {
            progress.succeeded(run, new NodeOutcome.Completed(reference, Set.of("output")));
            return;
        }
        // The child wakes it when it ends; the parent's own deadline bounds the wait.
        Instant until = parent.deadline().orElse(now.plus(Duration.ofDays(31)));
        progress.replace(run.waiting(run.state().waitFor(),
                new NodeRunRecord.Wait(NodeOutcome.WaitKind.CHILD, reference), until));
        progress.log(LogLevel.INFO, run.nodeId(), "waiting for child execution " + started.execution().id(),
                reference);
    }
}
