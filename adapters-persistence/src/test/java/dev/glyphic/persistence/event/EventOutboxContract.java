package dev.glyphic.persistence.event;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glyphic.application.port.out.event.EventOutbox;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.event.DomainEvent;
import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.persistence.testing.TestData;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link EventOutbox} promises. */
abstract class EventOutboxContract {
    private final Transactions tx = bean(Transactions.class);
    private final EventOutbox outbox = outbox();
    private final OrgId org;
    private final Workspace workspace;

    EventOutboxContract() {
        TestData data = new TestData();
        org = data.org(data.user().id());
        workspace = Workspace.open(org, DisplayName.of("Workspace"), TestData.slug(), TestData.now());
        tx.inTenant(org, () -> bean(WorkspaceRepository.class).insert(workspace));
    }

    /** The port under test, on the test database. */
    abstract EventOutbox outbox();

    @Test
    void anAppendedEventIsStoredWhole() {
        DomainEvent event = DomainEvent.of(org, workspace.id(), EventType.EXECUTION_FAILED, UUID.randomUUID(),
                new Json.Obj(Map.of("error", Json.of("boom"))), 2, TestData.now());

        tx.inTenant(org, () -> {
            outbox.append(event);
            return null;
        });

        assertEquals(1, TestData.count("""
                select count(*) from domain_events where org_id = ? and id = ? and workspace_id = ?
                  and event_type = 'execution.failed' and subject = ? and data = '{"error": "boom"}'::jsonb
                  and depth = 2 and occurred_at = ? and dispatched_at is null""", org.value(), event.id().value(),
                workspace.id().value(), event.subject(), java.sql.Timestamp.from(event.occurredAt())));
    }

    @Test
    void anEventAppendedInAChangeThatRollsBackIsGoneWithIt() {
        DomainEvent event = DomainEvent.of(org, workspace.id(), EventType.WORKFLOW_ACTIVATED, UUID.randomUUID(),
                Json.NULL, 0, TestData.now());

        assertThrows(IllegalStateException.class, () -> tx.inTenant(org, () -> {
            outbox.append(event);
            throw new IllegalStateException("the change failed");
        }));

        assertEquals(0, TestData.count("select count(*) from domain_events where id = ?", event.id().value()));
    }
}
