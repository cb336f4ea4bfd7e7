package dev.glyphic.application.port.out.execution;

import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.workflow.WorkflowId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Executions as stored, inside the caller's tenant transaction. Their node runs ({@link NodeRuns}), logs
 * ({@link ExecutionLogs}) and outputs ({@link ExecutionOutputs}) have ports of their own.
 */
public interface Executions {

    /**
     * Inserts them in one round trip and answers the ids of those inserted: one whose idempotency key the org holds
     * already (or an earlier one of the same list holds) is not written. A key held by an uncommitted start waits for
     * that start to end.
     */
    Set<ExecutionId> insert(OrgId orgId, List<ExecutionRecord> executions);

    /** The execution, or empty when the org has none by that id. */
    Optional<ExecutionRecord> find(OrgId orgId, ExecutionId id);

    /** Reads and row-locks it until the transaction ends: every change to one execution's graph goes through here. */
    Optional<ExecutionRecord> lock(OrgId orgId, ExecutionId id);

    /** Writes what changes over its life: status, times, output, error; what it was started with stays as it was. */
    void update(OrgId orgId, ExecutionRecord execution);

    /** The executions of the org that requests with these idempotency keys started, by key; a key unused is absent. */
    Map<String, ExecutionRecord> findByIdempotencyKeys(OrgId orgId, Collection<String> keys);

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
