package dev.glyphic.persistence.execution;

import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.NodeRuns;
import dev.glyphic.application.port.out.execution.WorkerId;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.NodeRun;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Node runs in plain SQL. Fresh runs are inserted in one multi-row statement: the engine finishes a chain of steps
 * in one transaction, and round trips are what an execution costs.
 */
@Singleton
public final class PgNodeRuns implements NodeRuns {
    private static final String SELECT = "select " + NodeRunRows.COLUMNS + " from node_runs";
    private static final String UPDATE = """
            update node_runs set status = ?, attempt = ?, retry_generation = ?, scheduled_at = ?, wake_at = ?,
                   wait_kind = ?, wait_detail = ?::jsonb, resolution = ?::jsonb, input = ?::jsonb, output = ?::jsonb,
                   fired_handles = ?::text[], error = ?, started_at = ?, completed_at = ?,
                   locked_by = case when ? = 'running' then locked_by end,
                   locked_until = case when ? = 'running' then locked_until end
            where org_id = ? and id = ?""";

    private final Sql sql;

    public PgNodeRuns(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<NodeRunRecord> ofExecution(OrgId orgId, ExecutionId executionId) {
        return sql.list(SELECT + " where org_id = ? and execution_id = ? order by created_at, id", NodeRunRows::read,
                orgId.value(), executionId.value());
    }

    @Override
    public Optional<NodeRunRecord> find(OrgId orgId, NodeRunId id) {
        return sql.one(SELECT + " where org_id = ? and id = ?", NodeRunRows::read, orgId.value(), id.value());
    }

    @Override
    public void insert(OrgId orgId, List<NodeRunRecord> runs) {
        if (runs.isEmpty()) {
            return;
        }
        String row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::text[], ?, ?, ?, ?)";
        List<Object> params = new ArrayList<>(runs.size() * 19);
        for (NodeRunRecord r : runs) {
            NodeRun n = r.state();
            params.add(orgId.value());
            params.add(n.id().value());
            params.add(n.executionId().value());
            params.add(n.nodeId());
            params.add(n.status().wireName());
            params.add(n.retryGeneration());
            params.add(n.attempt());
            params.add(NodeRunRows.scheduledAt(n));
            addProgress(params, r);
            params.add(n.error().orElse(null));
            params.add(n.scheduledAt());
            params.add(n.startedAt().orElse(null));
            params.add(n.completedAt().orElse(null));
        }
        sql.update("insert into node_runs (" + NodeRunRows.COLUMNS + ") values "
                + String.join(", ", Collections.nCopies(runs.size(), row)), params.toArray());
    }

    @Override
    public boolean updateHeld(OrgId orgId, NodeRunRecord run, WorkerId worker) {
        return sql.update(UPDATE + " and status = 'running' and locked_by = ?",
                updateParams(orgId, run, worker.value())) == 1;
    }

    @Override
    public void update(OrgId orgId, List<NodeRunRecord> runs) {
        for (NodeRunRecord run : runs) {
            sql.update(UPDATE, updateParams(orgId, run, null));
        }
    }

    private static Object[] updateParams(OrgId orgId, NodeRunRecord r, String worker) {
        NodeRun n = r.state();
        List<Object> params = new ArrayList<>(List.of(n.status().wireName(), n.attempt(), n.retryGeneration(),
                NodeRunRows.scheduledAt(n)));
        addProgress(params, r);
        params.add(n.error().orElse(null));
        params.add(n.startedAt().orElse(null));
        params.add(n.completedAt().orElse(null));
        params.add(n.status().wireName());
        params.add(n.status().wireName());
        params.add(orgId.value());
        params.add(n.id().value());
        if (worker != null) {
            params.add(worker);
        }
        return params.toArray();
    }

    @Override
    public void delete(OrgId orgId, List<NodeRunId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        sql.update("delete from node_runs where org_id = ? and id = any(?::uuid[])", orgId.value(),
                Sql.textArray(ids.stream().map(NodeRunId::toString).toList()));
    }

    @Override
    public void parkUntilAdmitted(OrgId orgId, ExecutionId executionId) {
        sql.update("""
                update node_runs set scheduled_at = 'infinity'
                where org_id = ? and execution_id = ? and status = 'pending'""", orgId.value(), executionId.value());
    }

    @Override
    public boolean resolveWait(OrgId orgId, NodeRunId id, Json resolution, Instant at) {
        // A waiting run that someone holds locked is being ended with its execution (a cancellation, a failure, a
        // timeout): there is nothing left to wake, and waiting for that lock could close a cycle with the ender,
        // which may itself be waiting to cancel the child execution resolving this wait.
        return sql.update("""
                update node_runs set resolution = ?::jsonb, wake_at = ?
                where org_id = ? and id = (select id from node_runs
                                           where org_id = ? and id = ? and status = 'waiting' for update skip locked)""",
                JsonText.write(resolution), at, orgId.value(), orgId.value(), id.value()) == 1;
    }

    /** What a run carries through its waits and its attempt, in the column order both writes share. */
    private static void addProgress(List<Object> params, NodeRunRecord r) {
        params.add(r.wakeAt().orElse(null));
        params.add(r.waitFor().map(w -> w.kind().wireName()).orElse(null));
        params.add(r.waitFor().map(w -> JsonText.write(w.detail())).orElse(null));
        params.add(r.resolution().map(JsonText::write).orElse(null));
        params.add(r.input().map(JsonText::write).orElse(null));
        params.add(r.output().map(JsonText::write).orElse(null));
        params.add(Sql.textArray(List.copyOf(r.firedHandles())));
    }
}
