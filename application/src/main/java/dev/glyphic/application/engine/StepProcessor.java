package dev.glyphic.application.engine;

import dev.glyphic.application.engine.nodes.NodeRunners;
import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.WorkQueue;
import dev.glyphic.application.port.out.execution.WorkerId;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.execution.NodeRun;
import dev.glyphic.domain.execution.NodeRunStatus;
import dev.glyphic.domain.execution.NodeSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.DoubleSupplier;

/**
 * Carries one claimed node run through: read what it needs (one tenant transaction, {@link ClaimReader}), run the
 * node outside any transaction ({@link GuardedRun}), then record the outcome and walk the graph on (a second one,
 * under the execution's row lock, {@link OutcomeRecorder}). A step that a worker loses meanwhile (its lease ran out,
 * the execution was cancelled) writes nothing.
 */
public final class StepProcessor {
    private final Transactions transactions;
    private final ExecutionStore store;
    private final EngineSignals signals;
    private final Clock clock;
    private final ClaimReader reader;
    private final GuardedRun guarded;
    private final OutcomeRecorder recorder;

    public StepProcessor(Transactions transactions, ExecutionStore store, PinnedWorkflows workflows,
                         NodeRunners runners, ExecutionStarter starter, ExecutionEnder ender, EngineSignals signals,
                         ExecutorService nodeThreads, Clock clock, DoubleSupplier random) {
        this(transactions, store, workflows, runners, starter, ender, signals, nodeThreads, clock, random,
                StepLimits.DEFAULT);
    }

    public StepProcessor(Transactions transactions, ExecutionStore store, PinnedWorkflows workflows,
                         NodeRunners runners, ExecutionStarter starter, ExecutionEnder ender, EngineSignals signals,
                         ExecutorService nodeThreads, Clock clock, DoubleSupplier random, StepLimits limits) {
        this.transactions = transactions;
        this.store = store;
        this.signals = signals;
        this.clock = clock;
        this.reader = new ClaimReader(transactions, store, workflows, clock);
        this.guarded = new GuardedRun(runners, nodeThreads);
        this.recorder = new OutcomeRecorder(transactions, store, runners, starter, ender, signals, clock, random,
                limits);
    }

    /** What became of a claim. */
    public sealed interface Result {
        /**
         * The outcome was recorded.
         *
         * @param dueAt when the run becomes claimable again by the clock, if it will (a retry's backoff, a delay, an
         *              approval's timeout): the worker wakes itself then rather than at its next idle poll
         */
        record Recorded(NodeRunStatus status, Optional<Instant> dueAt) implements Result {
        }

        /** The claim was gone before it could be recorded; the run belongs to someone else now. */
        record Lost() implements Result {
        }

        /** The worker is stopping: the claim was handed back, to be claimed again at once. */
        record Released() implements Result {
        }
    }

    public Result process(WorkQueue.Claim claim, WorkerId worker, StopSignal stop) {
        Optional<ClaimReader.Begun> begun = reader.begin(claim, worker);
        if (begun.isEmpty()) {
            return new Result.Lost();
        }
        ClaimReader.Begun b = begun.get();
        NodeSettings settings = b.workflow().settingsOf(b.run().nodeId());
        GuardedRun.Ran ran;
        if (claim.claimed() == WorkQueue.Claimed.LEASE_LOST && b.run().waitFor().isPresent()) {
            // The lost worker was resuming a wait (its delay over, its approval decided): nothing was attempted
            // that could have half-happened, so it goes back to waiting, due at once, with its resolution.
            return release(claim, worker, true);
        }
        if (claim.claimed() == WorkQueue.Claimed.LEASE_LOST) {
            ran = GuardedRun.Ran.retryableFailure(NodeRun.LEASE_LOST);
        } else {
            Optional<GuardedRun.Ran> outcome = guarded.run(b.invocation(), settings.timeout(), stop);
            if (outcome.isEmpty()) {
                return stop.reason() == StopSignal.Reason.SHUTDOWN
                        ? release(claim, worker, claim.claimed() == WorkQueue.Claimed.WAITING) : new Result.Lost();
            }
            ran = outcome.get();
        }
        try {
            return recorder.record(claim, worker, b, ran, settings);
        } catch (RuntimeException refused) {
            return recorder.recordUnrecordable(claim, worker, b, settings, refused);
        }
    }

    /**
     * Hands the claim back unchanged but for its lease: a stopping worker's attempt does not count, and a resumed
     * wait ({@code resumedWait}) goes back to waiting rather than to a fresh attempt that would wait anew.
     */
    private Result release(WorkQueue.Claim claim, WorkerId worker, boolean resumedWait) {
        return transactions.inTenant(claim.orgId(), () -> {
            Optional<NodeRunRecord> run = store.nodeRuns().find(claim.orgId(), claim.nodeRunId());
            if (run.isEmpty() || run.get().state().status() != NodeRunStatus.RUNNING) {
                return new Result.Lost();
            }
            NodeRunRecord r = run.get();
            Instant now = clock.instant();
            // A resumed wait goes back to waiting, due at once, its resolution kept; an attempt goes back to pending.
            NodeRunRecord back = resumedWait
                    ? new NodeRunRecord(r.state().waitFor(), r.input(), r.output(), r.firedHandles(), r.waitFor(),
                            Optional.of(now), r.resolution())
                    : r.with(r.state().release(now));
            boolean released = store.nodeRuns().updateHeld(claim.orgId(), back, worker);
            if (released) {
                signals.workReady();
            }
            return released ? new Result.Released() : new Result.Lost();
        });
    }
}
