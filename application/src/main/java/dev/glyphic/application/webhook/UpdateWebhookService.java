package dev.glyphic.application.webhook;

import dev.glyphic.application.org.Auditor;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.webhook.UpdateWebhook;
import dev.glyphic.application.port.in.webhook.WebhookView;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.webhook.Webhooks;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.webhook.InboundWebhook;
import dev.glyphic.domain.webhook.SignatureScheme;
import dev.glyphic.domain.webhook.WebhookId;
import dev.glyphic.domain.webhook.WebhookSecret;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The admin's switches. Choosing {@code none} is how a webhook becomes unsigned: explicit, audited, and visible in
 * every listing. A GitHub or Stripe scheme takes the secret configured at the provider; without one given, a
 * generated secret is kept and shown once.
 */
public final class UpdateWebhookService implements UpdateWebhook {
    private final Transactions transactions;
    private final WorkspaceWebhooks inWorkspace;
    private final Webhooks webhooks;
    private final Auditor auditor;
    private final Clock clock;

    public UpdateWebhookService(Transactions transactions, WorkspaceScope scope, Webhooks webhooks, Auditor auditor,
                                Clock clock) {
        this.transactions = transactions;
        this.inWorkspace = new WorkspaceWebhooks(scope, webhooks);
        this.webhooks = webhooks;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public WebhookView update(Caller caller, OrgId orgId, WorkspaceId workspaceId, WebhookId id, Command command) {
        Optional<WebhookSecret> given = command.secret().map(UpdateWebhookService::secret);
        return transactions.inTenant(orgId, () -> {
            WorkspaceWebhooks.Entered entered = inWorkspace.enter(caller, orgId, workspaceId, id,
                    Action.MANAGE_AUTOMATION);
            Instant now = clock.instant();
            InboundWebhook webhook = entered.webhook();
            Map<String, String> changes = new LinkedHashMap<>();
            if (command.enabled().isPresent() && command.enabled().get() != webhook.enabled()) {
                webhook = webhook.enabled(command.enabled().get(), now);
                changes.put("enabled", command.enabled().get().toString());
            }
            if (command.scheme().isPresent() || given.isPresent()) {
                SignatureScheme scheme = command.scheme().orElse(webhook.scheme());
                try {
                    webhook = webhook.signedWith(scheme, given, now);
                } catch (IllegalArgumentException e) {
                    throw new DomainException.Invalid(Violation.of("secret", "invalid_secret", e.getMessage()));
                }
                changes.put("scheme", scheme.wireName());
                given.ifPresent(secret -> changes.put("secret", "replaced"));
            }
            if (!changes.isEmpty()) {
                webhooks.update(webhook);
                auditor.record(entered.acting(), AuditAction.WEBHOOK_UPDATED, "webhook", id, changes);
            }
            return WebhookView.of(webhook);
        });
    }

    private static WebhookSecret secret(String text) {
        try {
            return WebhookSecret.parse(text);
        } catch (IllegalArgumentException e) {
            throw new DomainException.Invalid(Violation.of("secret", "invalid_secret", e.getMessage()));
        }
    }
}
