package dev.glyphic.application.webhook;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.webhook.ShowWebhook;
import dev.glyphic.application.port.in.webhook.WebhookView;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.webhook.Webhooks;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.webhook.WebhookId;

public final class ShowWebhookService implements ShowWebhook {
    private final Transactions transactions;
    private final WorkspaceWebhooks inWorkspace;

    public ShowWebhookService(Transactions transactions, WorkspaceScope scope, Webhooks webhooks) {
        this.transactions = transactions;
        this.inWorkspace = new WorkspaceWebhooks(scope, webhooks);
    }

    @Override
    public WebhookView show(Caller caller, OrgId orgId, WorkspaceId workspaceId, WebhookId id) {
        return transactions.inTenant(orgId, () -> WebhookView.of(
                inWorkspace.enter(caller, orgId, workspaceId, id, Action.READ).webhook()));
    }
}
