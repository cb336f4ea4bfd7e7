package dev.glyphic.application.port.in.webhook;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;

/** A workspace's webhooks (viewers and up). */
public interface ListWebhooks {
    Page<WebhookView> list(Caller caller, OrgId orgId, WorkspaceId workspaceId, PageRequest page);
}
