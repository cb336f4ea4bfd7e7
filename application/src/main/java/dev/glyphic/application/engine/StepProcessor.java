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
import dev.glyphic.domain.workflow.ExpressionContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries one claimed node run through: read what it needs (one tenant transaction), run the node outside any
 * transaction, then record the outcome and walk the graph on (a second one, under the execution's row lock). A
 * step that a worker loses meanwhile (its lease ran out, the execution was cancelled) writes nothing.
 */
public final class StepProcessor {
    private static final Logger LOG = Logger.getLogger(StepProcessor.class.getName());
    private static final int MAX_REASON_LENGTH = 200;

    private final Transactions transactions;
    private final ExecutionStore store;
    private final PinnedWorkflows workflows;
    private final NodeRunners runners;
    private final ExecutionStarter starter;
    private final ExecutionEnder ender;
    private final EngineSignals signals;
    private final ExecutorService nodeThreads;
    private final Clock clock;
    private final DoubleSupplier random;
    private final StepLimits limits;

    public StepProcessor(Transactions transactions, ExecutionStore store, PinnedWorkflows workflows,
                         NodeRunners runners, ExecutionStarter starter, ExecutionEnder ender, EngineSignals signals,
                         ExecutorService nodeThreads, Clock clock, DoubleSupplier random) {
        this(transactions, store, workflows, runners, starter, ender, signals, nodeThreads, clock, random,
                StepLimits.DEFAULT);
    }

    public StepProcessor(Transactions transactions, ExecutionStore store, PinnedWorkflows workflows,
                         NodeRunners runners, ExecutionStarter starter, ExecutionEnder ender, EngineSignals signals,
                         ExecutorService nodeThreads, Clock clock, DoubleSupplier random, StepLimits limits) {
        this.limits = limits;
        this.transactions = transactions;
        this.store = store;
        this.workflows = workflows;
        this.runners = runners;
        this.starter = starter;
        this.ender = ender;
        this.signals = signals;
        this.nodeThreads = nodeThreads;
        this.clock = clock;
        this.random = random;
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

    /** What the first transaction found. */
    private record Begun(ExecutionRecord execution, NodeRunRecord run, PinnedWorkflow workflow,
                         NodeInvocation invocation) {
    }

    public Result process(WorkQueue.Claim claim, WorkerId worker, StopSignal stop) {
        Optional<Begun> begun = begin(claim, worker);
        if (begun.isEmpty()) {
            return new Result.Lost();
        }
        Begun b = begun.get();
        NodeSettings settings = b.workflow().settingsOf(b.run().nodeId());
        Ran ran;
        if (claim.claimed() == WorkQueue.Claimed.LEASE_LOST && b.run().waitFor().isPresent()) {
            // The lost worker was resuming a wait (its delay over, its approval decided): nothing was attempted
            // that could have half-happened, so it goes back to waiting, due at once, with its resolution.
            return release(claim, worker, true);
        }
        if (claim.claimed() == WorkQueue.Claimed.LEASE_LOST) {
            ran = new Ran(new NodeOutcome.Failed(NodeRun.LEASE_LOST, true), Optional.empty(), false);
        } else {
            Optional<Ran> guarded = runGuarded(b.invocation(), settings.timeout(), stop);
            if (guarded.isEmpty()) {
                return stop.reason() == StopSignal.Reason.SHUTDOWN
                        ? release(claim, worker, claim.claimed() == WorkQueue.Claimed.WAITING) : new Result.Lost();
            }
            ran = guarded.get();
        }
        try {
            return record(claim, worker, b, ran, settings);
        } catch (RuntimeException refused) {
            return recordUnrecordable(claim, worker, b, settings, refused);
        }
    }

    /**
     * The outcome could not be stored (the database refused it: a text with a NUL, a number out of its range, in
     * this step's output or in what the nodes run with it produced). The attempt is recorded as failed instead, so
     * that a step that can never be recorded runs out of attempts, at most {@link StepLimits#maxRecordAttempts()}
     * whatever its retry policy allows, rather than being re-run at every lease expiry. Should this write fail too
     * (the database is down), the claim stays leased and is taken up as a lost lease, which counts as well.
     */
    private Result recordUnrecordable(WorkQueue.Claim claim, WorkerId worker, Begun b, NodeSettings settings,
                                      RuntimeException refused) {
        LOG.log(Level.WARNING, "the outcome of step " + claim.nodeRunId() + " of execution " + claim.executionId()
                + " could not be recorded; recording the attempt as failed", refused);
        RetryPolicy policy = settings.retry();
        RetryPolicy bounded = new RetryPolicy(Math.min(policy.maxAttempts(), limits.maxRecordAttempts()),
                policy.initialBackoff(), policy.multiplier(), policy.maxBackoff(), policy.jitter());
        Ran failed = new Ran(new NodeOutcome.Failed(StepLimits.UNRECORDABLE_OUTCOME
                + ": the step's outcome could not be stored (" + reason(refused) + ")", true), Optional.empty(), false);
        return record(claim, worker, b, failed, new NodeSettings(bounded, settings.timeout()));
    }

    /** The innermost cause's first line, in printable characters and bounded: it is stored and shown. */
    private static String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getMessage().strip().lines().findFirst().orElse("");
        message = message.replaceFirst("^ERROR: ", "").codePoints()
                .map(c -> Character.isISOControl(c) || (c >= 0xD800 && c <= 0xDFFF) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return bounded(message);
    }

    private Optional<Begun> begin(WorkQueue.Claim claim, WorkerId worker) {
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
            Map<String, Json> outputs = new LinkedHashMap<>();
            for (NodeRunRecord other : runs) {
                if (other.state().status() == NodeRunStatus.SUCCEEDED) {
                    outputs.put(other.nodeId(), other.output().orElse(Json.NULL));
                }
            }
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

    /**
     * A node's outcome; what its crash said (message and causes, no stack frames) when its code threw instead of
     * answering; whether it overran its timeout (then it is a retryable failure, and once out of attempts the run
     * ends timed out, not failed).
     */
    private record Ran(NodeOutcome outcome, Optional<String> crash, boolean timedOut) {
        static Optional<Ran> of(NodeOutcome outcome) {
            return Optional.of(new Ran(outcome, Optional.empty(), false));
        }

        static Optional<Ran> timedOut(Duration after) {
            return Optional.of(new Ran(new NodeOutcome.Failed("timed out after " + after.toMillis() + " ms", true),
                    Optional.empty(), true));
        }
    }

    /**
     * Runs the node on a thread of its own, so that its timeout and a lost lease can interrupt it. Empty when the
     * worker was told to stop meanwhile.
     */
    private Optional<Ran> runGuarded(NodeInvocation invocation, Duration timeout, StopSignal stop) {
        NodeRunner runner = runners.forType(invocation.node().nodeType());
        Future<NodeOutcome> running = nodeThreads.submit(() -> runner.run(invocation));
        stop.onStop(() -> running.cancel(true));
        try {
            return Ran.of(running.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            running.cancel(true);
            return Ran.timedOut(timeout);
        } catch (InterruptedException | CancellationException e) {
            running.cancel(true);
            return Optional.empty();
        } catch (ExecutionException e) {
            if (stop.reason() != null) {
                return Optional.empty();
            }
            // A runner answers every situation with an outcome; an exception is a bug, and it fails the step. Its
            // Java stack trace is for the operator (the server log), never for the API's readers.
            Throwable crash = e.getCause();
            LOG.log(Level.SEVERE, "node '" + invocation.node().id() + "' (" + invocation.node().nodeType()
                    + ") of execution " + invocation.executionId() + " crashed", crash);
            return Optional.of(new Ran(new NodeOutcome.Failed("the node crashed: " + describe(crash), false),
                    Optional.of(causes(crash)), false));
        } finally {
            stop.onStop(null);
        }
    }

    /** One line for a throwable: its kind and message, without any stack frame. */
    private static String describe(Throwable error) {
        String message = error.getMessage() == null ? "" : error.getMessage().strip().lines().findFirst().orElse("");
        return bounded(error.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
    }

    /** The crash and what caused it, a line each, at most a few: where to look, the frames being in the log. */
    private static String causes(Throwable crash) {
        StringBuilder chain = new StringBuilder(describe(crash));
        Throwable cause = crash.getCause();
        for (int depth = 0; cause != null && cause != crash && depth < 5; depth++, cause = cause.getCause()) {
            chain.append("\ncaused by: ").append(describe(cause));
        }
        return chain.toString();
    }

    private static String bounded(String text) {
        return text.length() > MAX_REASON_LENGTH ? text.substring(0, MAX_REASON_LENGTH) + "…" : text;
    }

    private Result record(WorkQueue.Claim claim, WorkerId worker, Begun b, Ran ran, NodeSettings settings) {
        OrgId orgId = claim.orgId();
        try {
            return transactions.inTenant(orgId, () -> {
                Instant now = clock.instant();
                Optional<ExecutionRecord> locked = store.executions().lock(orgId, claim.executionId());
                if (locked.isEmpty() || locked.get().execution().isFinal()) {
                    return new Result.Lost();
                }
                List<NodeRunRecord> runs = store.nodeRuns().ofExecution(orgId, claim.executionId());
                ExecutionProgress progress = new ExecutionProgress(orgId, locked.get(), runs, b.workflow(), runners,
                        now, clock, limits);
                NodeRunRecord run = progress.run(b.run().nodeId()).orElseThrow();
                if (run.state().status() != NodeRunStatus.RUNNING || !run.state().id().equals(claim.nodeRunId())) {
                    return new Result.Lost();
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
                return new Result.Recorded(recorded.state().status(), dueAt);
            });
        } catch (ExecutionProgress.LeaseLost e) {
            return new Result.Lost();
        }
    }

    private void apply(ExecutionProgress progress, NodeRunRecord run, Ran ran, NodeSettings settings, Instant now) {
        String nodeId = run.nodeId();
        NodeOutcome outcome = ran.outcome();
        if (outcome instanceof NodeOutcome.Completed done) {
            Optional<String> refusal = progress.outputRefusal(done);
            if (refusal.isPresent()) {
                outcome = new NodeOutcome.Failed(refusal.get(), false);
            }
        }
        switch (outcome) {
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
        } catch (dev.glyphic.domain.shared.DomainException e) {
            // The workflow is gone or invalid: this step cannot succeed as configured (nothing was written yet).
            progress.replace(run.with(run.state().fail("cannot start the sub-workflow: " + e.getMessage(), now)));
            progress.failExecution(run.nodeId(), "cannot start the sub-workflow: " + e.getMessage());
            return;
        }
        Json reference = new Json.Obj(Map.of("executionId", Json.of(started.execution().id().toString())));
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
