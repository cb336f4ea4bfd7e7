package dev.glyphic.persistence.trigger;

import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.trigger.TriggerRegistrations;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/** Registration records in {@code trigger_registrations}; the drift check is V11's {@code triggers_drifted}. */
@Singleton
public final class PgTriggerRegistrations implements TriggerRegistrations {
    private final Transactions transactions;
    private final Sql sql;

    public PgTriggerRegistrations(Transactions transactions, Sql sql) {
        this.transactions = transactions;
        this.sql = sql;
    }

    @Override
    public void recorded(OrgId orgId, WorkflowId workflowId, OptionalInt version, Instant at) {
        sql.update("""
                insert into trigger_registrations (org_id, workflow_id, version, registered_at) values (?, ?, ?, ?)
                on conflict (org_id, workflow_id)
                do update set version = excluded.version, registered_at = excluded.registered_at""",
                orgId.value(), workflowId.value(), version.isPresent() ? version.getAsInt() : null, at);
    }

    /** In a transaction of its own with no tenant set: the function, not the caller, decides what it may see. */
    @Override
    public List<Drift> drifted(int limit) {
        return transactions.global(() -> sql.list(
                "select org_id, workspace_id, workflow_id from triggers_drifted(?)",
                row -> new Drift(new OrgId(row.uuid("org_id")), new WorkspaceId(row.uuid("workspace_id")),
                        new WorkflowId(row.uuid("workflow_id"))), limit));
    }
}
