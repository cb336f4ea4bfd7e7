package dev.glyphic.persistence.org;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static dev.glyphic.persistence.testing.TestData.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.org.AuditLog;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.audit.AuditActor;
import dev.glyphic.domain.audit.AuditEvent;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.persistence.PersistenceException;
import dev.glyphic.persistence.Sql;
import dev.glyphic.persistence.testing.KeysetPages;
import dev.glyphic.persistence.testing.TestData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} must do; {@code PgAuditLogTest} runs it against PostgreSQL. */
abstract class AuditLogContract {
    private static final AuditActor NOBODY =
            new AuditActor(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    private final TestData data = new TestData();
    private final Transactions tx = bean(Transactions.class);
    private final AuditLog audit = adapter();
    private final Sql sql = bean(Sql.class);
    private final OrgId org = data.org(data.user().id());
    private final Instant t = TestData.now();

    /** The adapter under test, as the application wires it. */
    protected abstract AuditLog adapter();

    @Test
    void anotherOrganizationsTrailIsNotListed() {
        List<AuditEvent> ours = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            AuditEvent e = event(t.plusMillis(i), "step." + i, Map.of());
            record(e);
            ours.add(e);
        }
        OrgId other = data.org(data.user().id());
        tx.inTenant(other, () -> {
            audit.record(new AuditEvent(v7(t.plusMillis(2)), other, NOBODY, "theirs", "org", Optional.empty(),
                    Map.of(), t));
            return null;
        });

        KeysetPages.assertPages(ours.reversed(), 2, AuditEvent::id,
                page -> tx.inTenant(org, () -> audit.list(org, page)));
    }

    @Test
    void eventsAreListedNewestFirstAndPagedBackInTime() {
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(event(t.plusMillis(i), "step." + i, Map.of()));
        }
        // Stored out of order: the listing must follow the ids, not the insertion.
        for (int i : new int[] {2, 0, 4, 1, 3}) {
            record(events.get(i));
        }

        List<List<AuditEvent>> pages = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        while (true) {
            PageRequest current = request;
            Page<AuditEvent> page = Page.of(tx.inTenant(org, () -> audit.list(org, current)), current,
                    e -> e.id().toString());
            pages.add(page.items());
            if (page.nextCursor().isEmpty()) {
                break;
            }
            request = new PageRequest(2, Optional.of(UUID.fromString(page.nextCursor().get())));
        }

        assertEquals(List.of(List.of(events.get(4), events.get(3)), List.of(events.get(2), events.get(1)),
                List.of(events.get(0))), pages);
    }

    @Test
    void anEventReadsBackWithItsActorAndDetails() {
        AuditActor actor = new AuditActor(Optional.of(UUID.randomUUID()), Optional.of(UUID.randomUUID()),
                Optional.of("203.0.113.7"), Optional.of("curl/8.5"));
        AuditEvent full = new AuditEvent(v7(t), org, actor, "member.role_changed", "member",
                Optional.of(UUID.randomUUID().toString()), Map.of("from", "member", "to", "admin", "note", "ü \"q\""),
                t);
        AuditEvent bare = event(t.plusMillis(1), "org.updated", Map.of());
        record(full);
        record(bare);

        assertEquals(List.of(bare, full), tx.inTenant(org, () -> audit.list(org, PageRequest.first(10))));
    }

    /** Another version of Glyphic may have recorded an action this one does not know: it is listed as recorded. */
    @Test
    void anActionOutsideTheKnownSetIsListedAsRecorded() {
        String retired = "workflow.archived";
        assertTrue(Arrays.stream(AuditAction.values()).noneMatch(a -> a.wireName().equals(retired)));
        AuditEvent known = event(t, AuditAction.ORG_UPDATED.wireName(), Map.of());
        AuditEvent unknown = event(t.plusMillis(1), retired, Map.of("name", "old"));
        record(known);
        record(unknown);

        assertEquals(List.of(unknown, known), tx.inTenant(org, () -> audit.list(org, PageRequest.first(10))));
    }

    @Test
    void theAppCannotRewriteOrEraseTheTrail() {
        AuditEvent event = event(t, "org.created", Map.of("k", "v"));
        record(event);

        for (String statement : List.of("update audit_events set action = 'forged' where org_id = ?",
                "delete from audit_events where org_id = ?")) {
            PersistenceException refused = assertThrows(PersistenceException.class,
                    () -> tx.inTenant(org, () -> sql.update(statement, org.value())), statement);
            assertEquals("42501", assertInstanceOf(SQLException.class, refused.getCause()).getSQLState());
        }
        assertEquals(1, count("select count(*) from audit_events where org_id = ? and action = 'org.created'",
                org.value()));
    }

    private AuditEvent event(Instant at, String action, Map<String, String> details) {
        return new AuditEvent(v7(at), org, NOBODY, action, "org", Optional.empty(), details, at);
    }

    private void record(AuditEvent e) {
        tx.inTenant(org, () -> {
            audit.record(e);
            return null;
        });
    }

    /** A UUIDv7 for a chosen millisecond, so that ids order as the times do (Uuids.v7 uses the clock). */
    private static UUID v7(Instant at) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (at.toEpochMilli() << 16) | 0x7000L | random.nextInt(1 << 12);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
