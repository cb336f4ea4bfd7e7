package dev.glyphic.persistence.outbound;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.outbound.Deliveries;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.event.EventId;
import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.outbound.Delivery;
import dev.glyphic.domain.outbound.DeliveryAttempt;
import dev.glyphic.domain.outbound.DeliveryId;
import dev.glyphic.domain.outbound.EndpointId;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Deliveries in {@code webhook_deliveries} and their attempts (V15); claiming is V15's {@code deliveries_claim}. */
@Singleton
public final class PgDeliveries implements Deliveries {
    private static final Keyset NEWEST_FIRST = Keyset.descending("id");
    private static final String COLUMNS = "org_id, id, endpoint_id, event_id, event_type, payload::text as payload, "
            + "status, attempts, next_attempt_at, last_status, last_error, created_at, updated_at";
    private static final String ATTEMPT_COLUMNS = "org_id, id, delivery_id, attempted_at, status_code, duration_ms, "
            + "error, response_excerpt";

    private final Transactions transactions;
    private final Sql sql;

    public PgDeliveries(Transactions transactions, Sql sql) {
        this.transactions = transactions;
        this.sql = sql;
    }

    @Override
    public void create(Delivery d) {
        sql.update("""
                insert into webhook_deliveries (org_id, id, endpoint_id, event_id, event_type, payload, status,
                    attempts, next_attempt_at, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)
                on conflict (org_id, endpoint_id, event_id) do nothing""",
                d.orgId().value(), d.id().value(), d.endpointId().value(), d.eventId().value(),
                d.eventType().wireName(), JsonText.write(d.payload()), d.status().wireName(), d.attempts(),
                d.nextAttemptAt().orElse(null), d.createdAt(), d.updatedAt());
    }

    /** In a transaction of its own with no tenant set: the function, not the caller, decides what it may see. */
    @Override
    public List<Claim> claim(Instant now, Instant until, int limit) {
        return transactions.global(() -> sql.list("select org_id, delivery_id from deliveries_claim(?, ?, ?)",
                row -> new Claim(new OrgId(row.uuid("org_id")), new DeliveryId(row.uuid("delivery_id"))), now, until,
                limit));
    }

    @Override
    public Optional<Delivery> find(OrgId orgId, DeliveryId id) {
        return sql.one("select " + COLUMNS + " from webhook_deliveries where org_id = ? and id = ?",
                PgDeliveries::read, orgId.value(), id.value());
    }

    @Override
    public Optional<Delivery> lock(OrgId orgId, DeliveryId id) {
        return sql.one("select " + COLUMNS + " from webhook_deliveries where org_id = ? and id = ? for update",
                PgDeliveries::read, orgId.value(), id.value());
    }

    @Override
    public void update(Delivery d) {
        sql.update("""
                update webhook_deliveries set status = ?, attempts = ?, next_attempt_at = ?, last_status = ?,
                    last_error = ?, updated_at = ?, claimed_until = null
                where org_id = ? and id = ?""", d.status().wireName(), d.attempts(), d.nextAttemptAt().orElse(null),
                d.lastStatus().orElse(null), d.lastError().orElse(null), d.updatedAt(), d.orgId().value(),
                d.id().value());
    }

    @Override
    public List<Delivery> list(OrgId orgId, EndpointId endpointId, PageRequest page) {
        return sql.list(NEWEST_FIRST.page("select " + COLUMNS + " from webhook_deliveries where org_id = ? "
                + "and endpoint_id = ?", page, orgId.value(), endpointId.value()), PgDeliveries::read);
    }

    @Override
    public void recordAttempt(DeliveryAttempt a) {
        sql.update("insert into webhook_delivery_attempts (" + ATTEMPT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
                a.orgId().value(), a.id(), a.deliveryId().value(), a.attemptedAt(), a.statusCode().orElse(null),
                (int) Math.min(Integer.MAX_VALUE, a.durationMillis()), a.error().orElse(null),
                a.responseExcerpt().orElse(null));
    }

    @Override
    public List<DeliveryAttempt> attempts(OrgId orgId, DeliveryId id, PageRequest page) {
        return sql.list(Keyset.BY_ID.page("select " + ATTEMPT_COLUMNS + " from webhook_delivery_attempts "
                + "where org_id = ? and delivery_id = ?", page, orgId.value(), id.value()), PgDeliveries::readAttempt);
    }

    private static Delivery read(Sql.Row row) throws SQLException {
        long lastStatus = row.number("last_status");
        Optional<Integer> status = row.wasNull() ? Optional.empty() : Optional.of((int) lastStatus);
        return new Delivery(new OrgId(row.uuid("org_id")), new DeliveryId(row.uuid("id")),
                new EndpointId(row.uuid("endpoint_id")), new EventId(row.uuid("event_id")),
                EventType.parse(row.text("event_type")), JsonText.parse(row.text("payload")),
                Delivery.Status.parse(row.text("status")), (int) row.number("attempts"),
                row.optionalInstant("next_attempt_at"), status, Optional.ofNullable(row.text("last_error")),
                row.instant("created_at"), row.instant("updated_at"));
    }

    private static DeliveryAttempt readAttempt(Sql.Row row) throws SQLException {
        long code = row.number("status_code");
        Optional<Integer> status = row.wasNull() ? Optional.empty() : Optional.of((int) code);
        return new DeliveryAttempt(new OrgId(row.uuid("org_id")), row.uuid("id"),
                new DeliveryId(row.uuid("delivery_id")), row.instant("attempted_at"), status,
                row.number("duration_ms"), Optional.ofNullable(row.text("error")),
                Optional.ofNullable(row.text("response_excerpt")));
    }
}
