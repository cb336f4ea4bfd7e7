package dev.glyphic.application.engine;

import dev.glyphic.application.engine.nodes.NodeRunners;
import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.WorkerId;
import dev.glyphic.domain.execution.Execution;
import dev.glyphic.domain.execution.ExecutionGraph;
import dev.glyphic.domain.execution.ExecutionId;
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
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * One transaction's changes to one execution, made while its row is locked (so no other worker advances the same
 * graph meanwhile, and a join sees every branch that finished before it). It holds the execution's node runs as
 * read under the lock ({@link NodeRunLedger}), applies outcomes to them, walks the graph on, running pure nodes on
 * the spot ({@link InlineRunner}), keeps the execution's own status in line ({@link ExecutionLifecycle}), and
 * writes everything that changed in a few multi-row statements.
 */
final class ExecutionProgress {
    private final PinnedWorkflow workflow;
    private final Instant now;
    private final NodeRunLedger runs;
    private final InlineRunner inline;
    private final PendingWrites writes;
    private final ExecutionLifecycle lifecycle;

    ExecutionProgress(OrgId orgId, ExecutionRecord execution, List<NodeRunRecord> stored, PinnedWorkflow workflow,
                      NodeRunners runners, Instant now) {
        this(orgId, execution, stored, workflow, runners, now, Clock.fixed(now, ZoneOffset.UTC), StepLimits.DEFAULT);
    }

    ExecutionProgress(OrgId orgId, ExecutionRecord execution, List<NodeRunRecord> stored, PinnedWorkflow workflow,
                      NodeRunners runners, Instant now, Clock clock, StepLimits limits) {
        this.workflow = workflow;
        this.now = now;
        this.runs = new NodeRunLedger(stored);
        this.inline = new InlineRunner(orgId, workflow, runners, clock, limits);
        this.writes = new PendingWrites(execution.id(), workflow, now);
        this.lifecycle = new ExecutionLifecycle(orgId, execution, workflow, now, runs, writes);
    }

    ExecutionRecord execution() {
        return lifecycle.execution();
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
        return new ExpressionContext(input, execution().triggerData(), runs.outputs());
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
        while (!finished.isEmpty() && !execution().execution().isFinal()) {
            for (ExecutionGraph.Step step : workflow.graph().advance(runs.states(), finished.poll())) {
                switch (step) {
                    // advance() has already decided what a skip cascades to: it is never walked from.
                    case ExecutionGraph.Step.Skip skip -> runs.add(NodeRunRecord.of(
                            NodeRun.pending(execution().id(), skip.nodeId(), now).skip(now), Optional.empty()));
                    case ExecutionGraph.Step.Run run -> {
                        InlineRunner.Result result = inline.run(execution(), run.nodeId(), run.input(),
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
        lifecycle.fail(nodeId, error, Optional.empty());
    }

    /** See {@link ExecutionLifecycle#fail}. */
    void failExecution(String nodeId, String error, Optional<String> crash) {
        lifecycle.fail(nodeId, error, crash);
    }

    /** See {@link ExecutionLifecycle#end}. */
    void end(Execution ended, String message) {
        lifecycle.end(ended, message);
    }

    /** See {@link ExecutionLifecycle#resumeIfWaiting}. */
    void resumeIfWaiting() {
        lifecycle.resumeIfWaiting();
    }

    /** The child executions this one waited for when it ended: nobody waits for them any more. */
    List<ExecutionId> orphanedChildren() {
        return lifecycle.orphanedChildren();
    }

    /** See {@link ExecutionLifecycle#settle}. */
    void settle() {
        lifecycle.settle();
    }

    /** See {@link ExecutionLifecycle#flush}. */
    void flush(ExecutionStore store, EngineSignals signals, Optional<Held> held) {
        lifecycle.flush(store, signals, held);
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
