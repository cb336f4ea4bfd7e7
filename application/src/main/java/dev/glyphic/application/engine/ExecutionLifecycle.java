package dev.glyphic.application.engine;

import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.domain.execution.Execution;
import dev.glyphic.domain.execution.ExecutionGraph;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.LogLevel;
import dev.glyphic.domain.execution.NodeRun;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import java.time.Instant;
import dev.glyphic.domain.event.ExecutionEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The execution's own status while one transaction holds its row lock: resumed, settled in line with its runs,
 * failed or ended (cancelling what of its runs is not over), and written back with everything else that changed.
 */
final class ExecutionLifecycle {
    private final OrgId orgId;
    private final ExecutionRecord original;
    private ExecutionRecord execution;
    private final PinnedWorkflow workflow;
    private final Instant now;
    private final NodeRunLedger runs;
    private final PendingWrites writes;
    private final List<ExecutionId> orphans = new ArrayList<>();

    ExecutionLifecycle(OrgId orgId, ExecutionRecord execution, PinnedWorkflow workflow, Instant now,
                       NodeRunLedger runs, PendingWrites writes) {
        this.orgId = orgId;
        this.original = execution;
        this.execution = execution;
        this.workflow = workflow;
        this.now = now;
        this.runs = runs;
        this.writes = writes;
    }

    ExecutionRecord execution() {
        return execution;
    }

    /**
     * Fails the execution at a node. Its error stack says where (node, type, attempt) and what went wrong: the
     * node's error, or when the node's code crashed rather than failing, the crash's messages and causes. It never
     * holds Java stack frames: those are for the operator, in the server log.
     */
    void fail(String nodeId, String error, Optional<String> crash) {
        String message = "node '" + nodeId + "' failed: " + error;
        writes.log(LogLevel.ERROR, nodeId, message, Json.NULL);
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
                runs.replace(run.with(run.state().cancel(now)));
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
     * Writes what changed. The run {@code held} by a worker is written only while the worker still holds it; if it
     * does not, nothing is written ({@link ExecutionProgress.LeaseLost} rolls the transaction back).
     */
    void flush(ExecutionStore store, EngineSignals signals, Optional<ExecutionProgress.Held> held) {
        if (!runs.write(orgId, store.nodeRuns(), held)) {
            throw new ExecutionProgress.LeaseLost();
        }
        if (!execution.equals(original)) {
            store.executions().update(orgId, execution);
        }
        writes.write(orgId, store);
        if (execution.execution().isFinal() && !original.execution().isFinal()) {
            // Its end frees a place under the org's and the workflow's limits: a queued run may be admitted now.
            writes.workReady();
            ExecutionEvents.ended(execution.execution(), execution.triggerData(), now).ifPresent(store.events()::append);
            execution.parent().ifPresent(parent -> {
                if (store.nodeRuns().resolveWait(orgId, parent.nodeRunId(), ChildWaits.ending(execution), now)) {
                    signals.executionChanged(parent.executionId());
                }
            });
        }
        writes.signal(signals);
        signals.executionChanged(execution.id());
    }
}
