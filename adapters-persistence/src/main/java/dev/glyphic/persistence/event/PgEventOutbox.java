package dev.glyphic.persistence.event;

import dev.glyphic.application.port.out.event.EventOutbox;
import dev.glyphic.domain.event.DomainEvent;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;

/** The outbox in {@code domain_events} (V11). */
@Singleton
public final class PgEventOutbox implements EventOutbox {
    private final Sql sql;

    public PgEventOutbox(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void append(DomainEvent event) {
        sql.update("""
                insert into domain_events (org_id, id, workspace_id, event_type, subject, data, depth, occurred_at)
                values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)""", event.orgId().value(), event.id().value(),
                event.workspaceId().value(), event.type().wireName(), event.subject(), JsonText.write(event.data()),
                event.depth(), event.occurredAt());
    }
}
