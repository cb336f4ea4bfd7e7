package dev.glyphic.application.engine;

import dev.glyphic.application.engine.nodes.NodeRunners;
import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.OrgId;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Ends an execution from outside its workers: a person cancels it, a newer run cancels it under the workflow's
 * concurrency policy, its deadline passes. Its pending and waiting runs are cancelled on the spot; a running one is
 * dropped by its worker, whose lease renewal and final write both find it no longer running. Must run inside the
 * tenant transaction of the execution's org.
 */
public final class ExecutionEnder {
    private final ExecutionStore store;
    private final PinnedWorkflows workflows;
    private final NodeRunners runners;
    private final EngineSignals signals;

    public ExecutionEnder(ExecutionStore store, PinnedWorkflows workflows, NodeRunners runners, EngineSignals signals) {
        this.store = store;
        this.workflows = workflows;
        this.runners = runners;
        this.signals = signals;
    }

    /** Cancels it; answers the ended execution, or empty when there is none. A final one is answered as it is. */
    public Optional<ExecutionRecord> cancel(OrgId orgId, ExecutionId id, String why, Instant now) {
        return end(orgId, id, now, progress -> progress.end(progress.execution().execution().cancel(now), why));
    }

    /** Times it out, if it is still under way. */
    public Optional<ExecutionRecord> timeOut(OrgId orgId, ExecutionId id, Instant now) {
        return end(orgId, id, now, progress -> {
            if (progress.execution().deadline().map(d -> !d.isAfter(now)).orElse(false)) {
                progress.end(progress.execution().execution().timeOut(now), "timed out: the execution ran past its "
                        + progress.execution().timeout().toMillis() + " ms");
            }
        });
    }

    private Optional<ExecutionRecord> end(OrgId orgId, ExecutionId id, Instant now,
                                          Consumer<ExecutionProgress> ending) {
        Optional<ExecutionRecord> locked = store.executions().lock(orgId, id);
        if (locked.isEmpty() || locked.get().execution().isFinal()) {
            return locked;
        }
        ExecutionRecord execution = locked.get();
        PinnedWorkflow workflow = workflows.get(orgId, execution.execution().workspaceId(),
                execution.execution().workflowId(), execution.execution().workflowVersion());
        ExecutionProgress progress = new ExecutionProgress(orgId, execution, store.nodeRuns().ofExecution(orgId, id),
                workflow, runners, now);
        ending.accept(progress);
        progress.flush(store, signals, Optional.empty());
        cancelOrphans(orgId, progress, now);
        return Optional.of(progress.execution());
    }

    /**
     * Cancels the child executions an ended execution was waiting for (a sub-workflow step cut short): their result
     * has nowhere to go. Their own waited-for children follow, and so on down.
     */
    void cancelOrphans(OrgId orgId, ExecutionProgress ended, Instant now) {
        for (ExecutionId child : ended.orphanedChildren()) {
            cancel(orgId, child, "cancelled: the parent execution " + ended.execution().id() + " ended "
                    + ended.execution().execution().status().wireName(), now);
        }
    }
}
