package dev.glyphic.application.port.out.execution;

import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionOutput;
import dev.glyphic.domain.execution.LogEntry;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Executions, their node runs and logs, inside the caller's tenant transaction. */
public interface ExecutionRepository {

    /**
     * The {@code scheduledAt} a pending run reads with while it is parked until its execution is admitted again (see
     * {@link #parkUntilAdmitted}). The database keeps such a run at {@code 'infinity'}, which no {@link Instant} can
     * stand for and write back; this one does, both ways, so that a parked run can still be read and cancelled.
     */
    Instant PARKED = Instant.parse("9999-12-31T23:59:59Z");

    /** Inserts it; false (and nothing written) when another execution of the org holds its idempotency key. */
    boolean insert(OrgId orgId, ExecutionRecord execution);

    Optional<ExecutionRecord> find(OrgId orgId, ExecutionId id);

    /** Reads and row-locks it until the transaction ends: every change to one execution's graph goes through here. */
    Optional<ExecutionRecord> lock(OrgId orgId, ExecutionId id);

    /** Writes what changes over its life: status, times, output, error. */
    void update(OrgId orgId, ExecutionRecord execution);

    Optional<ExecutionRecord> findByIdempotencyKey(OrgId orgId, String key);

    /**
     * How many executions of the org are queued (waiting for admission), counting no further than {@code upTo}: the
     * caller only needs to know whether the queue has reached its cap, and it asks on every start.
     */
    int countQueued(OrgId orgId, int upTo);

    /** Queued, running and waiting executions of a workflow, oldest first. */
    List<ExecutionRecord> unfinishedOf(OrgId orgId, WorkflowId workflowId);

    /** Listing, newest first; fetches {@code query.limit() + 1} rows so the caller can tell if a page follows. */
    List<ExecutionRecord> list(OrgId orgId, ExecutionQuery query);

    List<NodeRunRecord> nodeRuns(OrgId orgId, ExecutionId executionId);

    Optional<NodeRunRecord> nodeRun(OrgId orgId, NodeRunId id);

    void insertNodeRuns(OrgId orgId, List<NodeRunRecord> runs);

    /** Deletes node runs of an execution (ones being replaced by fresh runs of the same nodes). */
    void deleteNodeRuns(OrgId orgId, List<NodeRunId> ids);

    /**
     * Makes the pending runs of an execution unclaimable until admission takes the execution up again, which makes
     * them due at once (see {@code engine_admit}): a retried execution must wait its turn under the quotas, and its
     * runs must not be claimed while it is still queued.
     */
    void parkUntilAdmitted(OrgId orgId, ExecutionId executionId);

    /**
     * Writes a node run that {@code worker} holds under its lease, only if it still does: a run whose lease was lost
     * or which was cancelled meanwhile is left alone, and the answer is false.
     */
    boolean updateHeld(OrgId orgId, NodeRunRecord run, WorkerId worker);

    /** Writes a node run no worker holds (a cancellation, a decision on a wait). */
    void updateNodeRuns(OrgId orgId, List<NodeRunRecord> runs);

    /**
     * Resolves a wait early, if the run still waits: records what resolved it and makes it due at {@code at}.
     * Answers false when it no longer waits (decided, cancelled, timed out meanwhile) or is being ended right now.
     */
    boolean resolveWait(OrgId orgId, NodeRunId id, Json resolution, Instant at);

    /**
     * Waiting approvals of a workspace, oldest first (by when their run was created), with their executions; fetches
     * {@code limit + 1} so the caller can tell if a page follows.
     */
    List<PendingApproval> pendingApprovals(OrgId orgId, WorkspaceId workspaceId, int limit,
                                           Optional<ApprovalCursor> after);

    /** @param createdAt when its node run was created: the key the list is ordered and paged by */
    record PendingApproval(ExecutionRecord execution, NodeRunRecord nodeRun, Instant createdAt) {
    }

    record ApprovalCursor(Instant createdAt, UUID nodeRunId) {
    }

    void appendLogs(OrgId orgId, List<LogEntry> entries);

    void insertOutputs(OrgId orgId, List<ExecutionOutput> outputs);

    /** What an execution produced, in the order it did. */
    List<ExecutionOutput> outputs(OrgId orgId, ExecutionId executionId);

    /** Log lines of an execution in order, after the given line (by time and id). */
    List<LogEntry> logs(OrgId orgId, ExecutionId executionId, Optional<LogCursor> after, int limit);

    record LogCursor(Instant at, UUID id) {
    }

    /** The position of one log line of the execution, to page on after it. */
    Optional<LogCursor> logCursor(OrgId orgId, ExecutionId executionId, UUID logId);
}
