package dev.glyphic.persistence.execution;

import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.domain.execution.Execution;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.Initiator;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.Sql;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** The columns of an {@code executions} row and how one reads as an {@link ExecutionRecord}. */
final class ExecutionRows {
    static final String COLUMNS = "org_id, id, workspace_id, workflow_id, workflow_version, status, "
            + "trigger_type, trigger_data, input, output, error_message, error_stack, started_by_user, "
            + "started_by_api_key, parent_execution_id, parent_node_run_id, replay_of, idempotency_key, "
            + "request_digest, entry_nodes, concurrency_limit, timeout_ms, created_at, started_at, completed_at, "
            + "deadline_at, depth";

    private ExecutionRows() {
    }

    static ExecutionRecord read(Sql.Row row) throws SQLException {
        Execution execution = new Execution(new ExecutionId(row.uuid("id")), new OrgId(row.uuid("org_id")),
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
        return new ExecutionRecord(execution, JsonColumn.read(row, "trigger_data").orElse(Json.NULL),
                JsonColumn.read(row, "input").orElse(Json.NULL), JsonColumn.read(row, "output"),
                Optional.ofNullable(row.text("error_stack")), link,
                Optional.ofNullable(row.uuid("replay_of")).map(ExecutionId::new), row.texts("entry_nodes"),
                concurrency, Duration.ofMillis(row.number("timeout_ms")), row.optionalInstant("deadline_at"),
                Optional.ofNullable(row.text("idempotency_key")), Optional.ofNullable(row.text("request_digest")),
                (int) row.number("depth"));
    }

    private static Initiator initiator(Sql.Row row) throws SQLException {
        UUID user = row.uuid("started_by_user");
        UUID key = row.uuid("started_by_api_key");
        if (user != null) {
            return Initiator.user(new UserId(user));
        }
        return key != null ? Initiator.apiKey(new ApiKeyId(key)) : Initiator.SYSTEM;
    }

    static UUID userOf(Initiator initiator) {
        return initiator instanceof Initiator.User(UserId id) ? id.value() : null;
    }

    static UUID apiKeyOf(Initiator initiator) {
        return initiator instanceof Initiator.ApiKey(ApiKeyId id) ? id.value() : null;
    }
}
