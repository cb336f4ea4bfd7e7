package dev.glyphic.persistence.webhook;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.webhook.WebhookReceipts;
import dev.glyphic.application.port.out.webhook.Webhooks;
import dev.glyphic.persistence.Sql;

class PgWebhooksTest extends WebhooksContract {
    @Override
    Webhooks webhooks() {
        return new PgWebhooks(bean(Transactions.class), bean(Sql.class));
    }

    @Override
    WebhookReceipts receipts() {
        return new PgWebhookReceipts(bean(Sql.class));
    }
}
