package dev.glyphic.application.port.in.webhook;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.webhook.WebhookId;

/** One webhook of a workspace (viewers and up). */
public interface ShowWebhook {
    WebhookView show(Caller caller, OrgId orgId, WorkspaceId workspaceId, WebhookId id);
}
