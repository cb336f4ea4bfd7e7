package dev.glyphic.application.port.in.webhook;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.webhook.WebhookId;

/**
 * A new generated secret, shown once in the answer (admins); the previous one keeps verifying for the operator's
 * grace period so that senders can switch without a gap.
 */
public interface RotateWebhookSecret {
    WebhookView rotate(Caller caller, OrgId orgId, WorkspaceId workspaceId, WebhookId id);
}
