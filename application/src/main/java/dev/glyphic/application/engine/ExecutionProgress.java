package dev.glyphic.application.engine;

import dev.glyphic.application.engine.nodes.NodeRunners;
import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.WorkerId;
import dev.glyphic.domain.execution.Execution;
import dev.glyphic.domain.execution.ExecutionGraph;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionOutput;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.LogEntry;
import dev.glyphic.domain.execution.LogLevel;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.execution.NodeRun;
import dev.glyphic.domain.execution.NodeRunStatus;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.workflow.ExpressionContext;
import dev.glyphic.domain.workflow.WorkflowDefinition;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One transaction's changes to one execution, made while its row is locked (so no other worker advances the same
 * graph meanwhile, and a join sees every branch that finished before it). It holds the execution's node runs as
 * read under the lock, applies outcomes to them, walks the graph on, running pure nodes on the spot, and writes
 * everything that changed in a few multi-row statements.
 */
final class ExecutionProgress {
    private final OrgId orgId;
    private final ExecutionRecord original;
    private ExecutionRecord execution;
    private final PinnedWorkflow workflow;
    private final NodeRunners runners;
    private final Instant now;
    /** Reads the time around pure nodes run on the spot, so that their runs show how long they really took. */
    private final Clock clock;
    private final StepLimits limits;
    private final Map<String, NodeRunRecord> runs = new LinkedHashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();
    private final Set<String> created = new LinkedHashSet<>();
    private final List<LogEntry> logs = new ArrayList<>();
    private final List<ExecutionOutput> outputs = new ArrayList<>();
    private final List<ExecutionId> orphans = new ArrayList<>();
    private boolean workReady;

    ExecutionProgress(OrgId orgId, ExecutionRecord execution, List<NodeRunRecord> stored, PinnedWorkflow workflow,
                      NodeRunners runners, Instant now) {
        this(orgId, execution, stored, workflow, runners, now, Clock.fixed(now, ZoneOffset.UTC), StepLimits.DEFAULT);
    }

    ExecutionProgress(OrgId orgId, ExecutionRecord execution, List<NodeRunRecord> stored, PinnedWorkflow workflow,
                      NodeRunners runners, Instant now, Clock clock, StepLimits limits) {
        this.clock = clock;
        this.limits = limits;
        this.orgId = orgId;
        this.original = execution;
        this.execution = execution;
        this.workflow = workflow;
        this.runners = runners;
        this.now = now;
        stored.forEach(run -> runs.put(run.nodeId(), run));
    }

    ExecutionRecord execution() {
        return execution;
    }

    PinnedWorkflow workflow() {
        return workflow;
    }

    Optional<NodeRunRecord> run(String nodeId) {
        return Optional.ofNullable(runs.get(nodeId));
    }

    void replace(NodeRunRecord run) {
        runs.put(run.nodeId(), run);
        if (!created.contains(run.nodeId())) {
            changed.add(run.nodeId());
        }
    }

    void log(LogLevel level, String nodeId, String message, Json data) {
        logs.add(LogEntry.ofNode(execution.id(), now, level, nodeId, workflow.graph().node(nodeId).nodeType(),
                message, data));
    }

    void logExecution(LogLevel level, String message) {
        logs.add(LogEntry.ofExecution(execution.id(), now, level, message));
    }

    void workReady() {
        workReady = true;
    }

    /** The variables a node's expressions see, from the runs that have succeeded so far. */
    ExpressionContext context(Json input) {
        Map<String, Json> outputs = new LinkedHashMap<>();
        runs.values().stream()
                .filter(r -> r.state().status() == NodeRunStatus.SUCCEEDED)
                .forEach(r -> outputs.put(r.nodeId(), r.output().orElse(Json.NULL)));
        return new ExpressionContext(input, execution.triggerData(), outputs);
    }

    /** A node's input: what its predecessors passed it, or for an entry node the execution's input. */
    Json inputOf(NodeRunRecord run) {
        return run.input().orElse(execution.input());
    }

    /** Why the output of a node that completed may not be kept (it is over the cap), if it may not. */
    Optional<String> outputRefusal(NodeOutcome.Completed outcome) {
        return limits.outputRefusal(outcome.output());
    }

    void succeeded(NodeRunRecord run, NodeOutcome.Completed outcome) {
        replace(run.succeeded(run.state().succeed(now), outcome.output(), outcome.handles()));
        ExecutionOutput.of(execution.id(), workflow.graph().node(run.nodeId()), outcome.output(), now)
                .ifPresent(outputs::add);
        walkFrom(run.nodeId());
    }

    /**
     * Decides every node that the finished {@code nodeId} made decidable, transitively: skipped branches are
     * recorded, pure nodes are run here and now (and walked on from), the rest are queued for a worker.
     */
    void walkFrom(String nodeId) {
        Deque<String> finished = new ArrayDeque<>(List.of(nodeId));
        while (!finished.isEmpty() && !execution.execution().isFinal()) {
            for (ExecutionGraph.Step step : workflow.graph().advance(states(), finished.poll())) {
                switch (step) {
                    // advance() has already decided what a skip cascades to: it is never walked from.
                    case ExecutionGraph.Step.Skip skip -> add(NodeRunRecord.of(
                            NodeRun.pending(execution.id(), skip.nodeId(), now).skip(now), Optional.empty()));
                    case ExecutionGraph.Step.Run run -> {
                        if (runInline(run.nodeId(), run.input())) {
                            finished.add(run.nodeId());
                        }
                    }
                }
            }
        }
    }

    /** Runs a pure node on the spot; a node with I/O is queued instead. Answers whether it succeeded here. */
    private boolean runInline(String nodeId, Json input) {
        WorkflowDefinition.Node node = workflow.graph().node(nodeId);
        NodeRunner runner = runners.forType(node.nodeType());
        NodeRun pending = NodeRun.pending(execution.id(), nodeId, now);
        if (!runner.isPure()) {
            add(NodeRunRecord.of(pending, Optional.of(input)));
            workReady = true;
            return false;
        }
        NodeRun started = pending.start(later(now));
        NodeOutcome outcome = runner.run(new NodeInvocation(orgId, execution.execution().workspaceId(), execution.id(),
                execution.execution().startedBy(), node, context(input), started.idempotencyKey(), 1, false,
                Optional.empty(), now));
        Instant ended = later(started.startedAt().orElseThrow());
        NodeRunRecord record = NodeRunRecord.of(started, Optional.of(input));
        if (outcome instanceof NodeOutcome.Completed done) {
            Optional<String> refusal = outputRefusal(done);
            if (refusal.isPresent()) {
                outcome = new NodeOutcome.Failed(refusal.get(), false);
            }
        }
        switch (outcome) {
            case NodeOutcome.Completed done -> {
                add(record.succeeded(started.succeed(ended), done.output(), done.handles()));
                return true;
            }
            case NodeOutcome.Failed failed -> {
                add(record.with(started.fail(failed.error(), ended)));
                failExecution(nodeId, failed.error());
                return false;
            }
            default -> throw new IllegalStateException("the pure node type " + node.nodeType()
                    + " answered " + outcome.getClass().getSimpleName() + ", which needs a worker");
        }
    }

    /** The clock's time, never before {@code floor} (clocks of different readers may disagree by a little). */
    private Instant later(Instant floor) {
        Instant read = clock.instant();
        return read.isBefore(floor) ? floor : read;
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
        for (NodeRunRecord run : List.copyOf(runs.values())) {
            if (!run.state().isFinal()) {
                childAwaitedBy(run).ifPresent(orphans::add);
                replace(run.with(run.state().cancel(now)));
            }
        }
        logExecution(ended.status() == ExecutionStatus.SUCCEEDED ? LogLevel.INFO
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

    private static Optional<ExecutionId> childAwaitedBy(NodeRunRecord run) {
        return run.waitFor()
                .filter(wait -> run.state().status() == NodeRunStatus.WAITING
                        && wait.kind() == NodeOutcome.WaitKind.CHILD)
                .flatMap(wait -> wait.detail() instanceof Json.Obj detail
                        && detail.fields().get("executionId") instanceof Json.Str id
                        ? Optional.of(ExecutionId.parse(id.value())) : Optional.empty());
    }

    /**
     * Brings the execution's own status in line with its runs: done when the graph is, waiting while nothing but
     * waits remains, running again once something can run.
     */
    void settle() {
        if (execution.execution().isFinal()) {
            return;
        }
        Map<String, ExecutionGraph.NodeState> states = states();
        if (workflow.graph().isComplete(states)) {
            execution = execution.withOutput(workflow.graph().output(states));
            end(execution.execution().succeed(now), "succeeded");
            return;
        }
        boolean active = runs.values().stream().anyMatch(r -> r.state().status() == NodeRunStatus.PENDING
                || r.state().status() == NodeRunStatus.RUNNING);
        ExecutionStatus status = execution.execution().status();
        if (status == ExecutionStatus.RUNNING && !active) {
            execution = execution.with(execution.execution().waitFor());
        } else if (status == ExecutionStatus.WAITING && active) {
            execution = execution.with(execution.execution().resume());
        }
    }

    private Map<String, ExecutionGraph.NodeState> states() {
        Map<String, ExecutionGraph.NodeState> states = new LinkedHashMap<>();
        for (NodeRunRecord run : runs.values()) {
            if (run.state().status() == NodeRunStatus.SUCCEEDED) {
                states.put(run.nodeId(), new ExecutionGraph.NodeState.Done(run.output().orElse(Json.NULL),
                        run.firedHandles()));
            } else if (run.state().status() == NodeRunStatus.SKIPPED) {
                states.put(run.nodeId(), new ExecutionGraph.NodeState.Skipped());
            }
        }
        return states;
    }

    private void add(NodeRunRecord run) {
        runs.put(run.nodeId(), run);
        created.add(run.nodeId());
    }

    /**
     * Writes what changed. The run {@code held} by {@code worker} is written only while the worker still holds it;
     * if it does not, nothing is written ({@link LeaseLost} rolls the transaction back).
     */
    void flush(ExecutionStore store, EngineSignals signals, Optional<Held> held) {
        if (held.isPresent()) {
            NodeRunRecord run = runs.get(held.get().nodeId());
            if (!store.nodeRuns().updateHeld(orgId, run, held.get().worker())) {
                throw new LeaseLost();
            }
            changed.remove(held.get().nodeId());
        }
        store.nodeRuns().update(orgId, changed.stream().map(runs::get).toList());
        store.nodeRuns().insert(orgId, created.stream().map(runs::get).toList());
        if (!execution.equals(original)) {
            store.executions().update(orgId, execution);
        }
        store.logs().append(orgId, logs);
        store.outputs().insert(orgId, outputs);
        if (execution.execution().isFinal() && !original.execution().isFinal()) {
            // Its end frees a place under the org's and the workflow's limits: a queued run may be admitted now.
            workReady = true;
            execution.parent().ifPresent(parent -> {
                if (store.nodeRuns().resolveWait(orgId, parent.nodeRunId(), childEnding(), now)) {
                    signals.executionChanged(parent.executionId());
                    workReady = true;
                }
            });
        }
        if (workReady) {
            signals.workReady();
        }
        signals.executionChanged(execution.id());
    }

    private Json childEnding() {
        Map<String, Json> fields = new LinkedHashMap<>();
        fields.put("executionId", Json.of(execution.id().toString()));
        fields.put("status", Json.of(execution.execution().status().wireName()));
        fields.put("output", execution.output().orElse(Json.NULL));
        fields.put("error", execution.execution().error().<Json>map(Json::of).orElse(Json.NULL));
        return new Json.Obj(fields);
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
