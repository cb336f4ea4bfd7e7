package dev.glyphic.persistence.execution;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.PendingApprovals;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Waiting approvals in plain SQL: one keyset query finds a page of them, then each run and its execution is read
 * the way {@link PgNodeRuns} and {@link PgExecutions} read them.
 */
@Singleton
public final class PgPendingApprovals implements PendingApprovals {
    private final Sql sql;
    private final PgExecutions executions;
    private final PgNodeRuns nodeRuns;

    public PgPendingApprovals(Sql sql, PgExecutions executions, PgNodeRuns nodeRuns) {
        this.sql = sql;
        this.executions = executions;
        this.nodeRuns = nodeRuns;
    }

    private static final Keyset OLDEST_FIRST = Keyset.ascending("n.created_at", "n.id");

    @Override
    public List<PendingApproval> list(OrgId orgId, WorkspaceId workspaceId, int limit, Optional<ApprovalCursor> after) {
        record Found(UUID id, UUID executionId, Instant createdAt) {
        }
        List<Found> found = sql.list(OLDEST_FIRST.page("""
                        select n.id, n.execution_id, n.created_at from node_runs n
                        join executions e on e.org_id = n.org_id and e.id = n.execution_id
                        where n.org_id = ? and e.workspace_id = ? and n.status = 'waiting' and n.wait_kind = 'approval'""",
                        List.of(orgId.value(), workspaceId.value()),
                        after.map(a -> List.of(a.createdAt(), a.nodeRunId())), Page.fetchSize(limit)),
                row -> new Found(row.uuid("id"), row.uuid("execution_id"), row.instant("created_at")));
        List<PendingApproval> approvals = new ArrayList<>(found.size());
        for (Found f : found) {
            NodeRunRecord run = nodeRuns.find(orgId, new NodeRunId(f.id())).orElseThrow();
            ExecutionRecord execution = executions.find(orgId, new ExecutionId(f.executionId())).orElseThrow();
            approvals.add(new PendingApproval(execution, run, f.createdAt()));
        }
        return approvals;
    }
}
