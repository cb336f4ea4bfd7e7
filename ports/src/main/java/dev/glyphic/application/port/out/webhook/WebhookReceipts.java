package dev.glyphic.application.port.out.webhook;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.webhook.WebhookId;
import dev.glyphic.domain.webhook.WebhookReceipt;
import java.util.List;

/** The log of calls a webhook received, newest first; bounded per webhook (the oldest go). */
public interface WebhookReceipts {

    /** How many receipts a webhook keeps. */
    int KEPT = 500;

    /** Appends them in one round trip. */
    void record(List<WebhookReceipt> receipts);

    List<WebhookReceipt> list(OrgId orgId, WebhookId webhookId, PageRequest page);
}
