package dev.glyphic.persistence.execution;

import static dev.glyphic.application.port.out.execution.NodeRuns.PARKED;

import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.NodeOutcome.WaitKind;
import dev.glyphic.domain.execution.NodeRun;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.execution.NodeRunStatus;
import dev.glyphic.domain.json.Json;
import dev.glyphic.persistence.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;

/** The columns of a {@code node_runs} row and how one reads as a {@link NodeRunRecord}. */
final class NodeRunRows {
    static final String COLUMNS = "org_id, id, execution_id, node_id, status, retry_generation, attempt, "
            + "scheduled_at, wake_at, wait_kind, wait_detail, resolution, input, output, fired_handles, error, "
            + "created_at, started_at, completed_at";

    /** What the driver reads {@code 'infinity'} as; it writes {@link OffsetDateTime#MAX} as {@code 'infinity'}. */
    private static final Instant INFINITY = OffsetDateTime.MAX.toInstant();

    private NodeRunRows() {
    }

    static NodeRunRecord read(Sql.Row row) throws SQLException {
        NodeRun state = new NodeRun(new NodeRunId(row.uuid("id")), new ExecutionId(row.uuid("execution_id")),
                row.text("node_id"), (int) row.number("retry_generation"), (int) row.number("attempt"),
                NodeRunStatus.parse(row.text("status")), scheduledAt(row),
                row.optionalInstant("started_at"), row.optionalInstant("completed_at"),
                Optional.ofNullable(row.text("error")));
        String waitKind = row.text("wait_kind");
        Optional<NodeRunRecord.Wait> wait = waitKind == null ? Optional.empty() : Optional.of(new NodeRunRecord.Wait(
                WaitKind.valueOf(waitKind.toUpperCase(Locale.ROOT)),
                JsonColumn.read(row, "wait_detail").orElse(Json.NULL)));
        return new NodeRunRecord(state, JsonColumn.read(row, "input"), JsonColumn.read(row, "output"),
                new HashSet<>(row.texts("fired_handles")), wait, row.optionalInstant("wake_at"),
                JsonColumn.read(row, "resolution"));
    }

    /** A run parked at {@code 'infinity'} reads as {@code PARKED} (see {@code NodeRuns.PARKED}). */
    private static Instant scheduledAt(Sql.Row row) throws SQLException {
        Instant at = row.instant("scheduled_at");
        return at.equals(INFINITY) ? PARKED : at;
    }

    /** A run read as {@code PARKED} is written back as {@code 'infinity'}. */
    static Object scheduledAt(NodeRun run) {
        return run.scheduledAt().equals(PARKED) ? OffsetDateTime.MAX : run.scheduledAt();
    }
}
