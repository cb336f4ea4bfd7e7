package dev.glyphic.application.port.out.execution;

import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.workflow.WorkflowId;
import java.util.List;
import java.util.Optional;

/**
 * Executions as stored, inside the caller's tenant transaction. Their node runs ({@link NodeRuns}), logs
 * ({@link ExecutionLogs}) and outputs ({@link ExecutionOutputs}) have ports of their own.
 */
public interface Executions {

    /** Inserts it; false (and nothing written) when another execution of the org holds its idempotency key. */
    boolean insert(OrgId orgId, ExecutionRecord execution);

    /** The execution, or empty when the org has none by that id. */
    Optional<ExecutionRecord> find(OrgId orgId, ExecutionId id);

    /** Reads and row-locks it until the transaction ends: every change to one execution's graph goes through here. */
    Optional<ExecutionRecord> lock(OrgId orgId, ExecutionId id);

    /** Writes what changes over its life: status, times, output, error; what it was started with stays as it was. */
    void update(OrgId orgId, ExecutionRecord execution);

    /** The execution of the org that a request with this idempotency key started, if one did. */
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
}
