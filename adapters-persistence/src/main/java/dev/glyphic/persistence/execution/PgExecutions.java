package dev.glyphic.persistence.execution;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.out.execution.ExecutionQuery;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.domain.execution.Execution;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Executions in plain SQL. */
@Singleton
public final class PgExecutions implements Executions {
    private static final String SELECT = "select " + ExecutionRows.COLUMNS + " from executions";

    private final Sql sql;

    public PgExecutions(Sql sql) {
        this.sql = sql;
    }

    /**
     * One batch of inserts; a key the org holds (or an earlier row of the batch holds) is skipped by the partial
     * unique index {@code executions_idempotency}, which includes the org, so another tenant's keys never collide.
     */
    @Override
    public Set<ExecutionId> insert(OrgId orgId, List<ExecutionRecord> records) {
        List<Object[]> rows = new ArrayList<>(records.size());
        for (ExecutionRecord r : records) {
            Execution e = r.execution();
            rows.add(new Object[] {
                    orgId.value(), e.id().value(), e.workspaceId().value(), e.workflowId().value(),
                    e.workflowVersion(), e.status().wireName(), e.triggerType().wireName(),
                    JsonText.write(r.triggerData()), JsonText.write(r.input()),
                    r.output().map(JsonText::write).orElse(null), e.error().orElse(null), r.errorStack().orElse(null),
                    ExecutionRows.userOf(e.startedBy()), ExecutionRows.apiKeyOf(e.startedBy()),
                    r.parent().map(p -> p.executionId().value()).orElse(null),
                    r.parent().map(p -> p.nodeRunId().value()).orElse(null),
                    r.replayOf().map(ExecutionId::value).orElse(null), r.idempotencyKey().orElse(null),
                    r.requestDigest().orElse(null), Sql.textArray(r.entryNodes()),
                    r.concurrencyLimit().orElse(null), r.timeout().toMillis(), e.createdAt(),
                    e.startedAt().orElse(null), e.completedAt().orElse(null), r.deadline().orElse(null), r.depth()});
        }
        int[] counts = sql.batch("""
                insert into executions (%s)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[],
                        ?, ?, ?, ?, ?, ?, ?)
                on conflict (org_id, idempotency_key) where idempotency_key is not null do nothing"""
                .formatted(ExecutionRows.COLUMNS), rows);
        Set<ExecutionId> inserted = new HashSet<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 1) {
                inserted.add(records.get(i).id());
            }
        }
        return inserted;
    }

    @Override
    public Optional<ExecutionRecord> find(OrgId orgId, ExecutionId id) {
        return sql.one(SELECT + " where org_id = ? and id = ?", ExecutionRows::read, orgId.value(), id.value());
    }

    @Override
    public Optional<ExecutionRecord> lock(OrgId orgId, ExecutionId id) {
        return sql.one(SELECT + " where org_id = ? and id = ? for update", ExecutionRows::read, orgId.value(),
                id.value());
    }

    @Override
    public void update(OrgId orgId, ExecutionRecord r) {
        Execution e = r.execution();
        sql.update("""
                        update executions set status = ?, output = ?::jsonb, error_message = ?, error_stack = ?,
                               started_at = ?, completed_at = ?, deadline_at = ?
                        where org_id = ? and id = ?""",
                e.status().wireName(), r.output().map(JsonText::write).orElse(null), e.error().orElse(null),
                r.errorStack().orElse(null), e.startedAt().orElse(null), e.completedAt().orElse(null),
                r.deadline().orElse(null), orgId.value(), e.id().value());
    }

    @Override
    public Map<String, ExecutionRecord> findByIdempotencyKeys(OrgId orgId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, ExecutionRecord> found = new HashMap<>();
        sql.list(SELECT + " where org_id = ? and idempotency_key = any(?::text[])", ExecutionRows::read,
                orgId.value(), keys.toArray(String[]::new))
                .forEach(r -> found.put(r.idempotencyKey().orElseThrow(), r));
        return found;
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
        return sql.one("""
                        select count(*) as queued
                        from (select 1 from executions where org_id = ? and status = 'queued' limit ?) q""",
                row -> (int) row.number("queued"), orgId.value(), upTo).orElse(0);
    }

    @Override
    public List<ExecutionRecord> unfinishedOf(OrgId orgId, WorkflowId workflowId) {
        return sql.list(SELECT + """
                         where org_id = ? and workflow_id = ? and status in ('queued', 'running', 'waiting')
                        order by created_at, id""",
                ExecutionRows::read, orgId.value(), workflowId.value());
    }

    private static final Keyset NEWEST_FIRST = Keyset.descending("created_at", "id");

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
        return sql.list(NEWEST_FIRST.page(SELECT + where, params,
                q.before().map(b -> List.of(b.createdAt(), b.id())), Page.fetchSize(q.limit())), ExecutionRows::read);
    }
}
