package dev.glyphic.persistence.event;

import dev.glyphic.application.port.out.event.EventSubscriptions;
import dev.glyphic.domain.event.EventSubscription;
import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Subscriptions in {@code event_subscriptions} (V14). */
@Singleton
public final class PgEventSubscriptions implements EventSubscriptions {
    private static final String COLUMNS = "org_id, workflow_id, node_id, workspace_id, event_type, filter, listening, "
            + "updated_at";

    private final Sql sql;

    public PgEventSubscriptions(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<EventSubscription> ofWorkflow(OrgId orgId, WorkflowId workflowId) {
        return sql.list("select " + COLUMNS + " from event_subscriptions where org_id = ? and workflow_id = ? "
                + "order by node_id", PgEventSubscriptions::read, orgId.value(), workflowId.value());
    }

    @Override
    public void save(EventSubscription s) {
        sql.update("insert into event_subscriptions (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (org_id, workflow_id, node_id) do update set workspace_id = excluded.workspace_id, "
                        + "event_type = excluded.event_type, filter = excluded.filter, listening = excluded.listening, "
                        + "updated_at = excluded.updated_at",
                s.orgId().value(), s.workflowId().value(), s.nodeId(), s.workspaceId().value(), s.type().wireName(),
                s.filter().orElse(null), s.listening(), s.updatedAt());
    }

    @Override
    public List<EventSubscription> listeningTo(OrgId orgId, WorkspaceId workspaceId, EventType type) {
        return sql.list("select " + COLUMNS + " from event_subscriptions where org_id = ? and workspace_id = ? "
                        + "and event_type = ? and listening order by workflow_id, node_id", PgEventSubscriptions::read,
                orgId.value(), workspaceId.value(), type.wireName());
    }

    private static EventSubscription read(Sql.Row row) throws SQLException {
        return new EventSubscription(new OrgId(row.uuid("org_id")), new WorkflowId(row.uuid("workflow_id")),
                row.text("node_id"), new WorkspaceId(row.uuid("workspace_id")), EventType.parse(row.text("event_type")),
                Optional.ofNullable(row.text("filter")), row.bool("listening"), row.instant("updated_at"));
    }
}
