package dev.glyphic.application.engine;

import dev.glyphic.application.engine.nodes.NodeRunners;
import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.WorkerId;
import dev.glyphic.domain.execution.Execution;
import dev.glyphic.domain.execution.ExecutionGraph;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.LogLevel;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.execution.NodeRun;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.workflow.ExpressionContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One transaction's changes to one execution, made while its row is locked (so no other worker advances the same
 * graph meanwhile, and a join sees every branch that finished before it). It holds the execution's node runs as
 * read under the lock ({@link NodeRunLedger}), applies outcomes to them, walks the graph on, running pure nodes on
 * the spot ({@link InlineRunner}), and writes everything that changed in a few multi-row statements.
 */
final class ExecutionProgress {
    private final OrgId orgId;
    private final ExecutionRecord original;
    private ExecutionRecord execution;
    private final PinnedWorkflow workflow;
    private final Instant now;
    private final NodeRunLedger runs;
    private final InlineRunner inline;
    private final PendingWrites writes;
    private final List<ExecutionId> orphans = new ArrayList<>();

    ExecutionProgress(OrgId orgId, ExecutionRecord execution, List<NodeRunRecord> stored, PinnedWorkflow workflow,
                      NodeRunners runners, Instant now) {
        this(orgId, execution, stored, workflow, runners, now, Clock.fixed(now, ZoneOffset.UTC), StepLimits.DEFAULT);
    }

    ExecutionProgress(OrgId orgId, ExecutionRecord execution, List<NodeRunRecord> stored, PinnedWorkflow workflow,
                      NodeRunners runners, Instant now, Clock clock, StepLimits limits) {
        this.orgId = orgId;
        this.original = execution;
        this.execution = execution;
        this.workflow = workflow;
        this.now = now;
        this.runs = new NodeRunLedger(stored);
        this.inline = new InlineRunner(orgId, workflow, runners, clock, limits);
        this.writes = new PendingWrites(execution.id(), workflow, now);
    }

    ExecutionRecord execution() {
        return execution;
    }

    Optional<NodeRunRecord> run(String nodeId) {
        return runs.find(nodeId);
    }

    void replace(NodeRunRecord run) {
        runs.replace(run);
    }

    void log(LogLevel level, String nodeId, String message, Json data) {
        writes.log(level, nodeId, message, data);
    }

    void workReady() {
        writes.workReady();
    }

    /** The variables a node's expressions see, from the runs that have succeeded so far. */
    private ExpressionContext context(Json input) {
        return new ExpressionContext(input, execution.triggerData(), runs.outputs());
    }

    void succeeded(NodeRunRecord run, NodeOutcome.Completed outcome) {
        replace(run.succeeded(run.state().succeed(now), outcome.output(), outcome.handles()));
        writes.output(run.nodeId(), outcome.output());
        walkFrom(run.nodeId());
    }

    /**
     * Decides every node that the finished {@code nodeId} made decidable, transitively: skipped branches are
     * recorded, pure nodes are run here and now (and walked on from), the rest are queued for a worker.
     */
    void walkFrom(String nodeId) {
        Deque<String> finished = new ArrayDeque<>(List.of(nodeId));
        while (!finished.isEmpty() && !execution.execution().isFinal()) {
            for (ExecutionGraph.Step step : workflow.graph().advance(runs.states(), finished.poll())) {
                switch (step) {
                    // advance() has already decided what a skip cascades to: it is never walked from.
                    case ExecutionGraph.Step.Skip skip -> runs.add(NodeRunRecord.of(
                            NodeRun.pending(execution.id(), skip.nodeId(), now).skip(now), Optional.empty()));
                    case ExecutionGraph.Step.Run run -> {
                        InlineRunner.Result result = inline.run(execution, run.nodeId(), run.input(),
                                () -> context(run.input()), now);
                        runs.add(result.run());
                        switch (result) {
                            case InlineRunner.Result.Queued queued -> writes.workReady();
                            case InlineRunner.Result.Succeeded succeeded -> finished.add(run.nodeId());
                            case InlineRunner.Result.Failed failed -> failExecution(run.nodeId(), failed.error());
                        }
                    }
                }
            }
        }
    }

    void failExecution(String nodeId, String error) {
        failExecution(nodeId, error, Optional.empty());
    }

    /**
     * Fails the execution at a node. Its error stack says where (node, type, attempt) and what went wrong: the
     * node's error, or when the node's code crashed rather than failing, the crash's messages and causes. It never
     * holds Java stack frames: those are for the operator, in the server log.
     */
    void failExecution(String nodeId, String error, Optional<String> crash) {
        String message = "node '" + nodeId + "' failed: " + error;
        log(LogLevel.ERROR, nodeId, message, Json.NULL);
        NodeRun failed = runs.get(nodeId).state();
        String where = "at node '" + nodeId + "' (" + workflow.graph().node(nodeId).nodeType() + "), attempt "
                + failed.attempt() + (failed.retryGeneration() > 0 ? " of retry " + failed.retryGeneration() : "");
        execution = execution.withErrorStack(where + "\n" + crash.orElse(error));
        end(execution.execution().fail(message, now), message);
    }

    /**
     * Ends the execution: every run not yet final is cancelled (a running one is dropped by its worker at its next
     * write or lease renewal), and a parent waiting for it is woken with how it ended.
     */
    void end(Execution ended, String message) {
        execution = execution.with(ended);
        for (NodeRunRecord run : runs.all()) {
            if (!run.state().isFinal()) {
                ChildWaits.awaitedBy(run).ifPresent(orphans::add);
                replace(run.with(run.state().cancel(now)));
            }
        }
        writes.logExecution(ended.status() == ExecutionStatus.SUCCEEDED ? LogLevel.INFO
                : ended.status() == ExecutionStatus.CANCELLED ? LogLevel.WARN : LogLevel.ERROR, message);
    }

    /**
     * A worker records the outcome of one of its runs, so the execution runs again if it was waiting (for that run's
     * delay, approval or child): a waiting execution may not succeed directly.
     */
    void resumeIfWaiting() {
        if (execution.execution().status() == ExecutionStatus.WAITING) {
            execution = execution.with(execution.execution().resume());
        }
    }

    /** The child executions this one waited for when it ended: nobody waits for them any more. */
    List<ExecutionId> orphanedChildren() {
        return List.copyOf(orphans);
    }

    /**
     * Brings the execution's own status in line with its runs: done when the graph is, waiting while nothing but
     * waits remains, running again once something can run.
     */
    void settle() {
        if (execution.execution().isFinal()) {
            return;
        }
        Map<String, ExecutionGraph.NodeState> states = runs.states();
        if (workflow.graph().isComplete(states)) {
            execution = execution.withOutput(workflow.graph().output(states));
            end(execution.execution().succeed(now), "succeeded");
            return;
        }
        boolean active = runs.anyActive();
        ExecutionStatus status = execution.execution().status();
        if (status == ExecutionStatus.RUNNING && !active) {
            execution = execution.with(execution.execution().waitFor());
        } else if (status == ExecutionStatus.WAITING && active) {
            execution = execution.with(execution.execution().resume());
        }
    }

    /**
     * Writes what changed. The run {@code held} by {@code worker} is written only while the worker still holds it;
     * if it does not, nothing is written ({@link LeaseLost} rolls the transaction back).
     */
    void flush(ExecutionStore store, EngineSignals signals, Optional<Held> held) {
        if (!runs.write(orgId, store.nodeRuns(), held)) {
            throw new LeaseLost();
        }
        if (!execution.equals(original)) {
            store.executions().update(orgId, execution);
        }
        writes.write(orgId, store);
        if (execution.execution().isFinal() && !original.execution().isFinal()) {
            // Its end frees a place under the org's and the workflow's limits: a queued run may be admitted now.
            writes.workReady();
            execution.parent().ifPresent(parent -> {
                if (store.nodeRuns().resolveWait(orgId, parent.nodeRunId(), ChildWaits.ending(execution), now)) {
                    signals.executionChanged(parent.executionId());
                }
            });
        }
        writes.signal(signals);
        signals.executionChanged(execution.id());
    }

    /** The run a worker holds while it records the outcome. */
    record Held(String nodeId, WorkerId worker) {
    }

    /** The worker's lease on its run is gone: another worker has it, or the execution was cancelled. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super("the lease on the node run was lost", null, false, false);
        }
    }
}
