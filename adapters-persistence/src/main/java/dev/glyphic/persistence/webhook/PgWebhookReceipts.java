package dev.glyphic.persistence.webhook;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.webhook.WebhookReceipts;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.webhook.WebhookId;
import dev.glyphic.domain.webhook.WebhookReceipt;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The call log in {@code webhook_receipts}, newest first. It is trimmed to {@link #KEPT} per webhook once in every
 * {@link #TRIM_EVERY} receipts (chosen by the receipt's random bits), so trimming costs a fraction of a delete per
 * call and the log never holds more than {@code KEPT + TRIM_EVERY}-odd rows per webhook.
 */
@Singleton
public final class PgWebhookReceipts implements WebhookReceipts {
    static final int TRIM_EVERY = 64;
    private static final Keyset NEWEST_FIRST = Keyset.descending("id");
    private static final String COLUMNS = "org_id, id, webhook_id, received_at, message_id, status, outcome, reason, "
            + "execution_id";

    private final Sql sql;

    public PgWebhookReceipts(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void record(List<WebhookReceipt> receipts) {
        sql.batch("insert into webhook_receipts (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                receipts.stream().map(r -> new Object[] {r.orgId().value(), r.id(), r.webhookId().value(),
                        r.receivedAt(), r.messageId().orElse(null), r.status(), r.outcome().wireName(), r.reason(),
                        r.executionId().map(ExecutionId::value).orElse(null)}).toList());
        receipts.stream().filter(r -> Math.floorMod(r.id().getLeastSignificantBits(), TRIM_EVERY) == 0)
                .forEach(r -> sql.update("""
                        delete from webhook_receipts where org_id = ? and webhook_id = ? and id < (
                            select id from webhook_receipts where org_id = ? and webhook_id = ?
                            order by id desc offset ? limit 1)""",
                        r.orgId().value(), r.webhookId().value(), r.orgId().value(), r.webhookId().value(),
                        KEPT - 1));
    }

    @Override
    public List<WebhookReceipt> list(OrgId orgId, WebhookId webhookId, PageRequest page) {
        return sql.list(NEWEST_FIRST.page("select " + COLUMNS + " from webhook_receipts where org_id = ? "
                + "and webhook_id = ?", page, orgId.value(), webhookId.value()), PgWebhookReceipts::read);
    }

    private static WebhookReceipt read(Sql.Row row) throws SQLException {
        UUID execution = row.uuid("execution_id");
        return new WebhookReceipt(new OrgId(row.uuid("org_id")), row.uuid("id"), new WebhookId(row.uuid("webhook_id")),
                row.instant("received_at"), Optional.ofNullable(row.text("message_id")), (int) row.number("status"),
                WebhookReceipt.Outcome.parse(row.text("outcome")), row.text("reason"),
                Optional.ofNullable(execution).map(ExecutionId::new));
    }
}
