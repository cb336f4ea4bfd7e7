package dev.glyphic.application.webhook;

import dev.glyphic.application.port.Cursors;
import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.webhook.ListWebhookReceipts;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.webhook.WebhookReceipts;
import dev.glyphic.application.port.out.webhook.Webhooks;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.webhook.WebhookId;
import dev.glyphic.domain.webhook.WebhookReceipt;

public final class ListWebhookReceiptsService implements ListWebhookReceipts {
    private final Transactions transactions;
    private final WorkspaceWebhooks inWorkspace;
    private final WebhookReceipts receipts;

    public ListWebhookReceiptsService(Transactions transactions, WorkspaceScope scope, Webhooks webhooks,
                                      WebhookReceipts receipts) {
        this.transactions = transactions;
        this.inWorkspace = new WorkspaceWebhooks(scope, webhooks);
        this.receipts = receipts;
    }

    @Override
    public Page<WebhookReceipt> list(Caller caller, OrgId orgId, WorkspaceId workspaceId, WebhookId id,
                                     PageRequest page) {
        return transactions.inTenant(orgId, () -> {
            inWorkspace.enter(caller, orgId, workspaceId, id, Action.READ);
            return Page.of(receipts.list(orgId, id, page), page, receipt -> Cursors.encode(receipt.id()));
        });
    }
}
