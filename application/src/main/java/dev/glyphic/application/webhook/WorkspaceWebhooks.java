package dev.glyphic.application.webhook;

import dev.glyphic.application.org.Acting;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.webhook.Webhooks;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.webhook.InboundWebhook;
import dev.glyphic.domain.webhook.WebhookId;

/** The admin use cases' way in: the caller may act in the workspace, and the webhook is one of its own. */
final class WorkspaceWebhooks {
    private final WorkspaceScope scope;
    private final Webhooks webhooks;

    WorkspaceWebhooks(WorkspaceScope scope, Webhooks webhooks) {
        this.scope = scope;
        this.webhooks = webhooks;
    }

    record Entered(Acting acting, InboundWebhook webhook) {
    }

    Entered enter(Caller caller, OrgId orgId, WorkspaceId workspaceId, WebhookId id, Action action) {
        Acting acting = scope.enter(caller, orgId, workspaceId, action);
        InboundWebhook webhook = webhooks.find(orgId, id).filter(hook -> hook.workspaceId().equals(workspaceId))
                .orElseThrow(() -> new DomainException.NotFound("webhook"));
        return new Entered(acting, webhook);
    }
}
