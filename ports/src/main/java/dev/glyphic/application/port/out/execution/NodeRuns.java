package dev.glyphic.application.port.out.execution;

import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The node runs of executions (one per attempt of a node), inside the caller's tenant transaction. Workers claim
 * them through {@link WorkQueue}; this port reads and writes them.
 */
public interface NodeRuns {

    /**
     * The {@code scheduledAt} a pending run reads with while it is parked until its execution is admitted again (see
     * {@link #parkUntilAdmitted}). The database keeps such a run at {@code 'infinity'}, which no {@link Instant} can
     * stand for and write back; this one does, both ways, so that a parked run can still be read and cancelled.
     */
    Instant PARKED = Instant.parse("9999-12-31T23:59:59Z");

    /** The runs of an execution, in the order they were created. */
    List<NodeRunRecord> ofExecution(OrgId orgId, ExecutionId executionId);

    /** The run, or empty when the org has none by that id. */
    Optional<NodeRunRecord> find(OrgId orgId, NodeRunId id);

    /** Inserts fresh runs, all in one statement. */
    void insert(OrgId orgId, List<NodeRunRecord> runs);

    /** Deletes node runs of an execution (ones being replaced by fresh runs of the same nodes). */
    void delete(OrgId orgId, List<NodeRunId> ids);

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

    /**
     * Writes node runs no worker holds (a cancellation, a decision on a wait), whatever their state; a run written as
     * anything but running gives up its lease.
     */
    void update(OrgId orgId, List<NodeRunRecord> runs);

    /**
     * Resolves a wait early, if the run still waits: records what resolved it and makes it due at {@code at}.
     * Answers false when it no longer waits (decided, cancelled, timed out meanwhile) or is being ended right now.
     */
    boolean resolveWait(OrgId orgId, NodeRunId id, Json resolution, Instant at);
}
