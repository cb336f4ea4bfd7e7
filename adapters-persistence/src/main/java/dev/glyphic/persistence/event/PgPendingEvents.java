package dev.glyphic.persistence.event;

import dev.glyphic.application.port.out.event.PendingEvents;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.event.DomainEvent;
import dev.glyphic.domain.event.EventId;
import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox's dispatch side: V14's {@code events_claim} and {@code events_purge}, and the org's own rows. */
@Singleton
public final class PgPendingEvents implements PendingEvents {
    private final Transactions transactions;
    private final Sql sql;

    public PgPendingEvents(Transactions transactions, Sql sql) {
        this.transactions = transactions;
        this.sql = sql;
    }

    /** In a transaction of its own with no tenant set: the function, not the caller, decides what it may see. */
    @Override
    public List<Claim> claim(Instant now, Instant until, int limit) {
        return transactions.global(() -> sql.list("select org_id, event_id from events_claim(?, ?, ?)",
                row -> new Claim(new OrgId(row.uuid("org_id")), new EventId(row.uuid("event_id"))), now, until,
                limit));
    }

    @Override
    public Optional<DomainEvent> lock(OrgId orgId, EventId id) {
        return sql.one("""
                select org_id, id, workspace_id, event_type, subject, data::text as data, depth, occurred_at
                from domain_events where org_id = ? and id = ? and dispatched_at is null for update""",
                row -> new DomainEvent(new EventId(row.uuid("id")), new OrgId(row.uuid("org_id")),
                        new WorkspaceId(row.uuid("workspace_id")), EventType.parse(row.text("event_type")),
                        row.uuid("subject"), JsonText.parse(row.text("data")), (int) row.number("depth"),
                        row.instant("occurred_at")), orgId.value(), id.value());
    }

    @Override
    public void dispatched(OrgId orgId, EventId id, Instant at) {
        sql.update("update domain_events set dispatched_at = ?, claimed_until = null where org_id = ? and id = ?", at,
                orgId.value(), id.value());
    }

    @Override
    public int purge(Instant before, int limit) {
        return transactions.global(() -> sql.one("select events_purge(?, ?) as purged",
                row -> (int) row.number("purged"), before, limit).orElse(0));
    }
}
