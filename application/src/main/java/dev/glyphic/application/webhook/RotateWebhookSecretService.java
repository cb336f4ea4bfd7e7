package dev.glyphic.application.webhook;

import dev.glyphic.application.org.Auditor;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.webhook.RotateWebhookSecret;
import dev.glyphic.application.port.in.webhook.WebhookView;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.webhook.Webhooks;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.webhook.InboundWebhook;
import dev.glyphic.domain.webhook.WebhookId;
import dev.glyphic.domain.webhook.WebhookSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

public final class RotateWebhookSecretService implements RotateWebhookSecret {
    private final Transactions transactions;
    private final WorkspaceWebhooks inWorkspace;
    private final Webhooks webhooks;
    private final Auditor auditor;
    private final Duration grace;
    private final Clock clock;

    public RotateWebhookSecretService(Transactions transactions, WorkspaceScope scope, Webhooks webhooks,
                                      Auditor auditor, Duration grace, Clock clock) {
        this.transactions = transactions;
        this.inWorkspace = new WorkspaceWebhooks(scope, webhooks);
        this.webhooks = webhooks;
        this.auditor = auditor;
        this.grace = grace;
        this.clock = clock;
    }

    @Override
    public WebhookView rotate(Caller caller, OrgId orgId, WorkspaceId workspaceId, WebhookId id) {
        return transactions.inTenant(orgId, () -> {
            WorkspaceWebhooks.Entered entered = inWorkspace.enter(caller, orgId, workspaceId, id,
                    Action.MANAGE_AUTOMATION);
            Instant now = clock.instant();
            WebhookSecret secret = WebhookSecret.generate();
            InboundWebhook rotated = entered.webhook().rotated(secret, grace, now);
            webhooks.update(rotated);
            auditor.record(entered.acting(), AuditAction.WEBHOOK_SECRET_ROTATED, "webhook", id,
                    Map.of("previousValidUntil", now.plus(grace).toString()));
            return new WebhookView(rotated, Optional.of(secret.reveal()));
        });
    }
}
