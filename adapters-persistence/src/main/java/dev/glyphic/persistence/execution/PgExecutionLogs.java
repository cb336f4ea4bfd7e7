package dev.glyphic.persistence.execution;

import dev.glyphic.application.port.out.execution.ExecutionLogs;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.LogEntry;
import dev.glyphic.domain.execution.LogLevel;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Execution logs in plain SQL. Lines are appended in one multi-row statement: the engine finishes a chain of steps
 * in one transaction, and round trips are what an execution costs.
 */
@Singleton
public final class PgExecutionLogs implements ExecutionLogs {
    private static final String COLUMNS = "org_id, execution_id, logged_at, id, level, node_id, node_type, "
            + "message, data";

    private final Sql sql;

    public PgExecutionLogs(Sql sql) {
        this.sql = sql;
    }

    /**
     * Lines per statement: a statement carries at most 32,767 parameters, nine a line, and a round of schedules may
     * start thousands of runs at once.
     */
    static final int LINES_PER_STATEMENT = 1_000;

    @Override
    public void append(OrgId orgId, List<LogEntry> entries) {
        for (int from = 0; from < entries.size(); from += LINES_PER_STATEMENT) {
            insert(orgId, entries.subList(from, Math.min(entries.size(), from + LINES_PER_STATEMENT)));
        }
    }

    private void insert(OrgId orgId, List<LogEntry> entries) {
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
        sql.update("insert into execution_logs (" + COLUMNS + ") values "
                + String.join(", ", Collections.nCopies(entries.size(), row)), params.toArray());
    }

    private static final Keyset IN_ORDER = Keyset.ascending("logged_at", "id");

    @Override
    public List<LogEntry> list(OrgId orgId, ExecutionId executionId, Optional<LogCursor> after, int limit) {
        return sql.list(IN_ORDER.page("select " + COLUMNS + " from execution_logs where org_id = ? and execution_id = ?",
                List.of(orgId.value(), executionId.value()), after.map(a -> List.of(a.at(), a.id())), limit),
                row -> new LogEntry(row.uuid("id"),
                new ExecutionId(row.uuid("execution_id")), row.instant("logged_at"),
                LogLevel.parse(row.text("level")), Optional.ofNullable(row.text("node_id")),
                Optional.ofNullable(row.text("node_type")), row.text("message"),
                JsonColumn.read(row, "data").orElse(Json.NULL)));
    }

    @Override
    public Optional<LogCursor> cursor(OrgId orgId, ExecutionId executionId, UUID logId) {
        return sql.one("select logged_at, id from execution_logs where org_id = ? and execution_id = ? and id = ?",
                row -> new LogCursor(row.instant("logged_at"), row.uuid("id")), orgId.value(), executionId.value(),
                logId);
    }
}
