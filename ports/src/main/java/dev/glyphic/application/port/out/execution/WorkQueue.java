package dev.glyphic.application.port.out.execution;

import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.org.OrgId;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The engine's steps that must look across tenants: admission and claims (fair between orgs), lease renewal,
 * the timeout sweep and retention. Each is one narrow operation in its own transaction that answers ids only;
 * everything the engine then reads or writes about an execution happens in that execution's tenant transaction.
 */
public interface WorkQueue {

    /**
     * Admits queued executions within their orgs' quotas, then leases up to {@code limit} due node runs to
     * {@code worker}, taking orgs in turn: every org's oldest due run before any org's second.
     */
    List<Claim> claim(WorkerId worker, int limit, Duration lease);

    /** Extends the leases {@code worker} still holds among {@code held}; answers those. The rest were lost. */
    Set<NodeRunId> renew(WorkerId worker, Collection<NodeRunId> held, Duration lease);

    /** Executions past their deadline, oldest deadline first. */
    List<ExecutionRef> overdue(int limit);

    /** Deletes up to {@code batch} finished executions past their org's retention; answers how many. */
    int purgeExpired(int batch);

    /** Prepares the coming months' log partitions and drops those past every org's retention. */
    void maintainLogPartitions();

    record ExecutionRef(OrgId orgId, ExecutionId executionId) {
    }

    /** A node run now leased to the caller, and what it was before the claim. */
    record Claim(OrgId orgId, NodeRunId nodeRunId, ExecutionId executionId, Claimed claimed) {
    }

    enum Claimed {
        /** an attempt whose time had come */
        PENDING,
        /** a wait that ran out or was resolved */
        WAITING,
        /** an attempt whose worker stopped renewing its lease */
        LEASE_LOST
    }
}
