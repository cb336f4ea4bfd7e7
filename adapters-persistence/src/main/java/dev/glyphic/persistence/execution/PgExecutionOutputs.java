package dev.glyphic.persistence.execution;

import dev.glyphic.application.port.out.execution.ExecutionOutputs;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionOutput;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Execution outputs in plain SQL. */
@Singleton
public final class PgExecutionOutputs implements ExecutionOutputs {
    private final Sql sql;

    public PgExecutionOutputs(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(OrgId orgId, List<ExecutionOutput> outputs) {
        for (ExecutionOutput o : outputs) {
            sql.update("""
                    insert into execution_outputs (org_id, id, execution_id, node_id, output_type, asset_id, data,
                                                   created_at)
                    values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)""", orgId.value(), o.id(),
                    o.executionId().value(), o.nodeId(), o.type().wireName(), o.assetId().orElse(null),
                    JsonText.write(o.data()), o.createdAt());
        }
    }

    @Override
    public List<ExecutionOutput> of(OrgId orgId, ExecutionId executionId) {
        return sql.list("""
                        select id, execution_id, node_id, output_type, asset_id, data, created_at
                        from execution_outputs where org_id = ? and execution_id = ? order by created_at, id""",
                row -> new ExecutionOutput(row.uuid("id"), new ExecutionId(row.uuid("execution_id")),
                        row.text("node_id"), ExecutionOutput.OutputType.parse(row.text("output_type")),
                        Optional.ofNullable(row.uuid("asset_id")), JsonColumn.read(row, "data").orElse(Json.NULL),
                        row.instant("created_at")), orgId.value(), executionId.value());
    }
}
