package dev.glyphic.application.webhook;

import dev.glyphic.application.port.Cursors;
import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.webhook.ListWebhooks;
import dev.glyphic.application.port.in.webhook.WebhookView;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.webhook.Webhooks;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;

public final class ListWebhooksService implements ListWebhooks {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final Webhooks webhooks;

    public ListWebhooksService(Transactions transactions, WorkspaceScope scope, Webhooks webhooks) {
        this.transactions = transactions;
        this.scope = scope;
        this.webhooks = webhooks;
    }

    @Override
    public Page<WebhookView> list(Caller caller, OrgId orgId, WorkspaceId workspaceId, PageRequest page) {
        return transactions.inTenant(orgId, () -> {
            scope.enter(caller, orgId, workspaceId, Action.READ);
            return Page.of(webhooks.list(orgId, workspaceId, page).stream().map(WebhookView::of).toList(), page,
                    view -> Cursors.encode(view.webhook().id().value()));
        });
    }
}
