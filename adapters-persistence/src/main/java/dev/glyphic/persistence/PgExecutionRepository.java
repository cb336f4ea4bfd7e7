package dev.glyphic.persistence;

import dev.glyphic.application.port.out.execution.ExecutionQuery;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.ExecutionRepository;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.WorkerId;
import dev.glyphic.domain.execution.Execution;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionOutput;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.Initiator;
import dev.glyphic.domain.execution.LogEntry;
import dev.glyphic.domain.execution.LogLevel;
import dev.glyphic.domain.execution.NodeOutcome.WaitKind;
import dev.glyphic.domain.execution.NodeRun;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.execution.NodeRunStatus;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.WorkflowId;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Executions, node runs and logs in plain SQL. Node runs and logs are written in multi-row statements: the engine
 * finishes a chain of steps in one transaction, and round trips are what an execution costs.
 */
@Singleton
public final class PgExecutionRepository implements ExecutionRepository {
    private static final String COLUMNS = "org_id, id, workspace_id, workflow_id, workflow_version, status, "
            + "trigger_type, trigger_data, input, output, error_message, error_stack, started_by_user, "
            + "started_by_api_key, parent_execution_id, parent_node_run_id, replay_of, idempotency_key, "
            + "request_digest, entry_nodes, concurrency_limit, timeout_ms, created_at, started_at, completed_at, "
            + "deadline_at, depth";
    private static final String RUN_COLUMNS = "org_id, id, execution_id, node_id, status, retry_generation, attempt, "
            + "scheduled_at, wake_at, wait_kind, wait_detail, resolution, input, output, fired_handles, error, "
            + "created_at, started_at, completed_at";
    private static final String LOG_COLUMNS = "org_id, execution_id, logged_at, id, level, node_id, node_type, "
            + "message, data";

    /** What the driver reads {@code 'infinity'} as; it writes {@link OffsetDateTime#MAX} as {@code 'infinity'}. */
    private static final Instant INFINITY = OffsetDateTime.MAX.toInstant();

    private final Sql sql;

    public PgExecutionRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean insert(OrgId orgId, ExecutionRecord r) {
        Execution e = r.state();
        // The only unique key a fresh execution can collide on is its idempotency key.
        return 1 == sql.updateUnlessDuplicate("insert into executions (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, "
                        + "?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?)",
                orgId.value(), e.id().value(), e.workspaceId().value(), e.workflowId().value(), e.workflowVersion(),
                e.status().wireName(), e.triggerType().wireName(), JsonText.write(r.triggerData()),
                JsonText.write(r.input()), r.output().map(JsonText::write).orElse(null), e.error().orElse(null),
                r.errorStack().orElse(null), userOf(e.startedBy()), apiKeyOf(e.startedBy()),
                r.parent().map(p -> p.executionId().value()).orElse(null),
                r.parent().map(p -> p.nodeRunId().value()).orElse(null),
                r.replayOf().map(ExecutionId::value).orElse(null), r.idempotencyKey().orElse(null),
                r.requestDigest().orElse(null), Sql.textArray(r.entryNodes()), r.concurrencyLimit().orElse(null),
                r.timeout().toMillis(), e.createdAt(), e.startedAt().orElse(null), e.completedAt().orElse(null),
                r.deadline().orElse(null), r.depth());
    }

    @Override
    public Optional<ExecutionRecord> find(OrgId orgId, ExecutionId id) {
        return sql.one("select " + COLUMNS + " from executions where org_id = ? and id = ?",
                PgExecutionRepository::execution, orgId.value(), id.value());
    }

    @Override
    public Optional<ExecutionRecord> lock(OrgId orgId, ExecutionId id) {
        return sql.one("select " + COLUMNS + " from executions where org_id = ? and id = ? for update",
                PgExecutionRepository::execution, orgId.value(), id.value());
    }

    @Override
    public void update(OrgId orgId, ExecutionRecord r) {
        Execution e = r.state();
        sql.update("update executions set status = ?, output = ?::jsonb, error_message = ?, error_stack = ?, "
                        + "started_at = ?, completed_at = ?, deadline_at = ? where org_id = ? and id = ?",
                e.status().wireName(), r.output().map(JsonText::write).orElse(null), e.error().orElse(null),
                r.errorStack().orElse(null), e.startedAt().orElse(null), e.completedAt().orElse(null),
                r.deadline().orElse(null), orgId.value(), e.id().value());
    }

    @Override
    public Optional<ExecutionRecord> findByIdempotencyKey(OrgId orgId, String key) {
        return sql.one("select " + COLUMNS + " from executions where org_id = ? and idempotency_key = ?",
                PgExecutionRepository::execution, orgId.value(), key);
    }

    /**
     * Walks the partial index of queued executions ({@code executions_queued}: org_id, created_at, id where status =
     * 'queued') and stops at {@code upTo}, so a start pays for at most the cap's worth of index entries, and only while
     * the org's queue is that long; normally admission keeps it short and the count reads a handful. A per-org counter
     * would be one hot row that every start and every admission of the org updates (the contention and row-version
     * chains V4's admission avoids on purpose).
     */
    @Override
    public int countQueued(OrgId orgId, int upTo) {
        return sql.one("select count(*) as queued from (select 1 from executions where org_id = ? "
                        + "and status = 'queued' limit ?) q",
                row -> (int) row.number("queued"), orgId.value(), upTo).orElse(0);
    }

    @Override
    public List<ExecutionRecord> unfinishedOf(OrgId orgId, WorkflowId workflowId) {
        return sql.list("select " + COLUMNS + " from executions where org_id = ? and workflow_id = ? "
                        + "and status in ('queued', 'running', 'waiting') order by created_at, id",
                PgExecutionRepository::execution, orgId.value(), workflowId.value());
    }

    @Override
    public List<ExecutionRecord> list(OrgId orgId, ExecutionQuery q) {
        StringBuilder where = new StringBuilder(" where org_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(orgId.value());
        // A workflow's executions come from its own index; otherwise the workspace's.
        if (q.workflowId().isPresent()) {
            where.append(" and workflow_id = ? and workspace_id = ?");
            params.add(q.workflowId().get().value());
        } else {
            where.append(" and workspace_id = ?");
        }
        params.add(q.workspaceId().value());
        q.status().ifPresent(s -> {
            where.append(" and status = ?");
            params.add(s.wireName());
        });
        q.triggerType().ifPresent(t -> {
            where.append(" and trigger_type = ?");
            params.add(t.wireName());
        });
        q.from().ifPresent(at -> {
            where.append(" and created_at >= ?");
            params.add(at);
        });
        q.to().ifPresent(at -> {
            where.append(" and created_at < ?");
            params.add(at);
        });
        q.before().ifPresent(b -> {
            where.append(" and (created_at, id) < (?, ?)");
            params.add(b.createdAt());
            params.add(b.id());
        });
        params.add(q.limit() + 1);
        return sql.list("select " + COLUMNS + " from executions" + where + " order by created_at desc, id desc limit ?",
                PgExecutionRepository::execution, params.toArray());
    }

    @Override
    public List<NodeRunRecord> nodeRuns(OrgId orgId, ExecutionId executionId) {
        return sql.list("select " + RUN_COLUMNS + " from node_runs where org_id = ? and execution_id = ? "
                + "order by created_at, id", PgExecutionRepository::nodeRun, orgId.value(), executionId.value());
    }

    @Override
    public Optional<NodeRunRecord> nodeRun(OrgId orgId, NodeRunId id) {
        return sql.one("select " + RUN_COLUMNS + " from node_runs where org_id = ? and id = ?",
                PgExecutionRepository::nodeRun, orgId.value(), id.value());
    }

    @Override
    public void insertNodeRuns(OrgId orgId, List<NodeRunRecord> runs) {
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
            params.add(scheduledAt(n));
            params.add(r.wakeAt().orElse(null));
            params.add(r.waitFor().map(w -> w.kind().wireName()).orElse(null));
            params.add(r.waitFor().map(w -> JsonText.write(w.detail())).orElse(null));
            params.add(r.resolution().map(JsonText::write).orElse(null));
            params.add(r.input().map(JsonText::write).orElse(null));
            params.add(r.output().map(JsonText::write).orElse(null));
            params.add(Sql.textArray(List.copyOf(r.firedHandles())));
            params.add(n.error().orElse(null));
            params.add(n.scheduledAt());
            params.add(n.startedAt().orElse(null));
            params.add(n.completedAt().orElse(null));
        }
        sql.update("insert into node_runs (" + RUN_COLUMNS + ") values "
                + String.join(", ", Collections.nCopies(runs.size(), row)), params.toArray());
    }

    private static final String UPDATE_RUN = "update node_runs set status = ?, attempt = ?, retry_generation = ?, "
            + "scheduled_at = ?, wake_at = ?, wait_kind = ?, wait_detail = ?::jsonb, resolution = ?::jsonb, "
            + "input = ?::jsonb, output = ?::jsonb, fired_handles = ?::text[], error = ?, started_at = ?, "
            + "completed_at = ?, locked_by = case when ? = 'running' then locked_by end, "
            + "locked_until = case when ? = 'running' then locked_until end where org_id = ? and id = ?";

    @Override
    public boolean updateHeld(OrgId orgId, NodeRunRecord run, WorkerId worker) {
        return sql.update(UPDATE_RUN + " and status = 'running' and locked_by = ?",
                runParams(orgId, run, worker.value())) == 1;
    }

    @Override
    public void updateNodeRuns(OrgId orgId, List<NodeRunRecord> runs) {
        for (NodeRunRecord run : runs) {
            sql.update(UPDATE_RUN, runParams(orgId, run, null));
        }
    }

    private static Object[] runParams(OrgId orgId, NodeRunRecord r, String worker) {
        NodeRun n = r.state();
        List<Object> params = new ArrayList<>(List.of(n.status().wireName(), n.attempt(), n.retryGeneration(),
                scheduledAt(n)));
        params.add(r.wakeAt().orElse(null));
        params.add(r.waitFor().map(w -> w.kind().wireName()).orElse(null));
        params.add(r.waitFor().map(w -> JsonText.write(w.detail())).orElse(null));
        params.add(r.resolution().map(JsonText::write).orElse(null));
        params.add(r.input().map(JsonText::write).orElse(null));
        params.add(r.output().map(JsonText::write).orElse(null));
        params.add(Sql.textArray(List.copyOf(r.firedHandles())));
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
    public void deleteNodeRuns(OrgId orgId, List<NodeRunId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        sql.update("delete from node_runs where org_id = ? and id = any(?::uuid[])", orgId.value(),
                Sql.textArray(ids.stream().map(NodeRunId::toString).toList()));
    }

    @Override
    public void parkUntilAdmitted(OrgId orgId, ExecutionId executionId) {
        sql.update("update node_runs set scheduled_at = 'infinity' where org_id = ? and execution_id = ? "
                + "and status = 'pending'", orgId.value(), executionId.value());
    }

    /** A run parked at {@code 'infinity'} reads as {@link ExecutionRepository#PARKED}, and is written back as it. */
    private static Instant scheduledAt(Sql.Row row) throws SQLException {
        Instant at = row.instant("scheduled_at");
        return at.equals(INFINITY) ? PARKED : at;
    }

    private static Object scheduledAt(NodeRun run) {
        return run.scheduledAt().equals(PARKED) ? OffsetDateTime.MAX : run.scheduledAt();
    }

    @Override
    public boolean resolveWait(OrgId orgId, NodeRunId id, Json resolution, Instant at) {
        // A waiting run that someone holds locked is being ended with its execution (a cancellation, a failure, a
        // timeout): there is nothing left to wake, and waiting for that lock could close a cycle with the ender,
        // which may itself be waiting to cancel the child execution resolving this wait.
        return sql.update("update node_runs set resolution = ?::jsonb, wake_at = ? where org_id = ? and id = "
                + "(select id from node_runs where org_id = ? and id = ? and status = 'waiting' for update skip locked)",
                JsonText.write(resolution), at, orgId.value(), orgId.value(), id.value()) == 1;
    }

    @Override
    public List<PendingApproval> pendingApprovals(OrgId orgId, WorkspaceId workspaceId, int limit,
                                                  Optional<ApprovalCursor> after) {
        List<Object> params = new ArrayList<>(List.of(orgId.value(), workspaceId.value()));
        String keyset = "";
        if (after.isPresent()) {
            keyset = " and (n.created_at, n.id) > (?, ?)";
            params.add(after.get().createdAt());
            params.add(after.get().nodeRunId());
        }
        params.add(limit + 1);
        record Found(UUID id, UUID executionId, Instant createdAt) {
        }
        List<Found> found = sql.list("select n.id, n.execution_id, n.created_at from node_runs n join executions e "
                        + "on e.org_id = n.org_id and e.id = n.execution_id where n.org_id = ? and e.workspace_id = ? "
                        + "and n.status = 'waiting' and n.wait_kind = 'approval'" + keyset
                        + " order by n.created_at, n.id limit ?",
                row -> new Found(row.uuid("id"), row.uuid("execution_id"), row.instant("created_at")),
                params.toArray());
        List<PendingApproval> approvals = new ArrayList<>(found.size());
        for (Found f : found) {
            NodeRunRecord run = nodeRun(orgId, new NodeRunId(f.id())).orElseThrow();
            ExecutionRecord execution = find(orgId, new ExecutionId(f.executionId())).orElseThrow();
            approvals.add(new PendingApproval(execution, run, f.createdAt()));
        }
        return approvals;
    }

    @Override
    public void appendLogs(OrgId orgId, List<LogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String row = "(?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)";
        List<Object> params = new ArrayList<>(entries.size() * 9);
        for (LogEntry e : entries) {
            params.add(orgId.value());
            params.add(e.executionId().value());
            params.add(e.at());
            params.add(e.id());
            params.add(e.level().wireName());
            params.add(e.nodeId().orElse(null));
            params.add(e.nodeType().orElse(null));
            params.add(e.message());
            params.add(e.data() instanceof Json.Null ? null : JsonText.write(e.data()));
        }
        sql.update("insert into execution_logs (" + LOG_COLUMNS + ") values "
                + String.join(", ", Collections.nCopies(entries.size(), row)), params.toArray());
    }

    @Override
    public void insertOutputs(OrgId orgId, List<ExecutionOutput> outputs) {
        for (ExecutionOutput o : outputs) {
            sql.update("insert into execution_outputs (org_id, id, execution_id, node_id, output_type, asset_id, data, "
                            + "created_at) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)", orgId.value(), o.id(),
                    o.executionId().value(), o.nodeId(), o.type().wireName(), o.assetId().orElse(null),
                    JsonText.write(o.data()), o.createdAt());
        }
    }

    @Override
    public List<ExecutionOutput> outputs(OrgId orgId, ExecutionId executionId) {
        return sql.list("select id, execution_id, node_id, output_type, asset_id, data, created_at "
                        + "from execution_outputs where org_id = ? and execution_id = ? order by created_at, id",
                row -> new ExecutionOutput(row.uuid("id"), new ExecutionId(row.uuid("execution_id")),
                        row.text("node_id"), ExecutionOutput.OutputType.parse(row.text("output_type")),
                        Optional.ofNullable(row.uuid("asset_id")), json(row, "data").orElse(Json.NULL),
                        row.instant("created_at")), orgId.value(), executionId.value());
    }

    @Override
    public Optional<LogCursor> logCursor(OrgId orgId, ExecutionId executionId, UUID logId) {
        return sql.one("select logged_at, id from execution_logs where org_id = ? and execution_id = ? and id = ?",
                row -> new LogCursor(row.instant("logged_at"), row.uuid("id")), orgId.value(), executionId.value(),
                logId);
    }

    @Override
    public List<LogEntry> logs(OrgId orgId, ExecutionId executionId, Optional<LogCursor> after, int limit) {
        List<Object> params = new ArrayList<>(List.of(orgId.value(), executionId.value()));
        String keyset = "";
        if (after.isPresent()) {
            keyset = " and (logged_at, id) > (?, ?)";
            params.add(after.get().at());
            params.add(after.get().id());
        }
        params.add(limit);
        return sql.list("select " + LOG_COLUMNS + " from execution_logs where org_id = ? and execution_id = ?"
                + keyset + " order by logged_at, id limit ?", row -> new LogEntry(row.uuid("id"),
                new ExecutionId(row.uuid("execution_id")), row.instant("logged_at"),
                LogLevel.parse(row.text("level")), Optional.ofNullable(row.text("node_id")),
                Optional.ofNullable(row.text("node_type")), row.text("message"), json(row, "data").orElse(Json.NULL)),
                params.toArray());
    }

    private static ExecutionRecord execution(Sql.Row row) throws SQLException {
        Execution state = new Execution(new ExecutionId(row.uuid("id")), new OrgId(row.uuid("org_id")),
                new WorkspaceId(row.uuid("workspace_id")), new WorkflowId(row.uuid("workflow_id")),
                (int) row.number("workflow_version"), ExecutionStatus.parse(row.text("status")),
                TriggerType.parse(row.text("trigger_type")), initiator(row), row.instant("created_at"),
                row.optionalInstant("started_at"), row.optionalInstant("completed_at"),
                Optional.ofNullable(row.text("error_message")));
        UUID parent = row.uuid("parent_execution_id");
        UUID parentRun = row.uuid("parent_node_run_id");
        Optional<ExecutionRecord.ParentLink> link = parent == null || parentRun == null ? Optional.empty()
                : Optional.of(new ExecutionRecord.ParentLink(new ExecutionId(parent), new NodeRunId(parentRun)));
        long limit = row.number("concurrency_limit");
        Optional<Integer> concurrency = row.wasNull() ? Optional.empty() : Optional.of((int) limit);
        return new ExecutionRecord(state, json(row, "trigger_data").orElse(Json.NULL),
                json(row, "input").orElse(Json.NULL), json(row, "output"), Optional.ofNullable(row.text("error_stack")),
                link, Optional.ofNullable(row.uuid("replay_of")).map(ExecutionId::new), row.texts("entry_nodes"),
                concurrency, Duration.ofMillis(row.number("timeout_ms")), row.optionalInstant("deadline_at"),
                Optional.ofNullable(row.text("idempotency_key")), Optional.ofNullable(row.text("request_digest")),
                (int) row.number("depth"));
    }

    private static NodeRunRecord nodeRun(Sql.Row row) throws SQLException {
        NodeRun state = new NodeRun(new NodeRunId(row.uuid("id")), new ExecutionId(row.uuid("execution_id")),
                row.text("node_id"), (int) row.number("retry_generation"), (int) row.number("attempt"),
                NodeRunStatus.parse(row.text("status")), scheduledAt(row),
                row.optionalInstant("started_at"), row.optionalInstant("completed_at"),
                Optional.ofNullable(row.text("error")));
        String waitKind = row.text("wait_kind");
        Optional<NodeRunRecord.Wait> wait = waitKind == null ? Optional.empty() : Optional.of(new NodeRunRecord.Wait(
                WaitKind.valueOf(waitKind.toUpperCase(Locale.ROOT)), json(row, "wait_detail").orElse(Json.NULL)));
        return new NodeRunRecord(state, json(row, "input"), json(row, "output"),
                new HashSet<>(row.texts("fired_handles")), wait, row.optionalInstant("wake_at"),
                json(row, "resolution"));
    }

    private static Optional<Json> json(Sql.Row row, String column) throws SQLException {
        String text = row.text(column);
        return text == null ? Optional.empty() : Optional.of(JsonText.parse(text));
    }

    private static Initiator initiator(Sql.Row row) throws SQLException {
        UUID user = row.uuid("started_by_user");
        UUID key = row.uuid("started_by_api_key");
        if (user != null) {
            return Initiator.user(new UserId(user));
        }
        return key != null ? Initiator.apiKey(new ApiKeyId(key)) : Initiator.SYSTEM;
    }

    private static UUID userOf(Initiator initiator) {
        return initiator instanceof Initiator.User(UserId id) ? id.value() : null;
    }

    private static UUID apiKeyOf(Initiator initiator) {
        return initiator instanceof Initiator.ApiKey(ApiKeyId id) ? id.value() : null;
    }
}
