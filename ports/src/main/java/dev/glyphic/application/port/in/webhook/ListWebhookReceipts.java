package dev.glyphic.application.port.in.webhook;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.webhook.WebhookId;
import dev.glyphic.domain.webhook.WebhookReceipt;

/** The calls a webhook received, newest first, taken or refused and why (viewers and up). */
public interface ListWebhookReceipts {
    Page<WebhookReceipt> list(Caller caller, OrgId orgId, WorkspaceId workspaceId, WebhookId id, PageRequest page);
}
