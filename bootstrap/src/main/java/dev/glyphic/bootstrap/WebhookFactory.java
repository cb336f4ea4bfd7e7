package dev.glyphic.bootstrap;

import dev.glyphic.application.engine.ExecutionStarter;
import dev.glyphic.application.org.Auditor;
import dev.glyphic.application.port.in.webhook.ListWebhookReceipts;
import dev.glyphic.application.port.in.webhook.ListWebhooks;
import dev.glyphic.application.port.in.webhook.ReceiveWebhook;
import dev.glyphic.application.port.in.webhook.RotateWebhookSecret;
import dev.glyphic.application.port.in.webhook.ShowWebhook;
import dev.glyphic.application.port.in.webhook.UpdateWebhook;
import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.webhook.WebhookReceipts;
import dev.glyphic.application.port.out.webhook.Webhooks;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.application.trigger.TriggerRegistrar;
import dev.glyphic.application.webhook.ListWebhookReceiptsService;
import dev.glyphic.application.webhook.ListWebhooksService;
import dev.glyphic.application.webhook.ReceiveWebhookService;
import dev.glyphic.application.webhook.RotateWebhookSecretService;
import dev.glyphic.application.webhook.ShowWebhookService;
import dev.glyphic.application.webhook.UpdateWebhookService;
import dev.glyphic.application.webhook.WebhookRegistrar;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.bootstrap.config.WebhookSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Inbound webhooks: their registrar (one of the trigger registry's), the public call and the admins' use cases. */
@Factory
public class WebhookFactory {

    @Singleton
    @Named("webhooks")
    TriggerRegistrar webhookRegistrar(Webhooks webhooks) {
        return new WebhookRegistrar(webhooks);
    }

    @Singleton
    ReceiveWebhook receiveWebhook(Transactions transactions, Webhooks webhooks, WebhookReceipts receipts,
                                  WorkflowRepository workflows, ExecutionStarter starter, Executions executions,
                                  EngineSignals signals, WebhookSettings settings, Clock clock) {
        return new ReceiveWebhookService(transactions, webhooks, receipts, workflows, starter, executions, signals,
                settings.limits(), clock);
    }

    @Singleton
    ListWebhooks listWebhooks(Transactions transactions, WorkspaceScope scope, Webhooks webhooks) {
        return new ListWebhooksService(transactions, scope, webhooks);
    }

    @Singleton
    ShowWebhook showWebhook(Transactions transactions, WorkspaceScope scope, Webhooks webhooks) {
        return new ShowWebhookService(transactions, scope, webhooks);
    }

    @Singleton
    UpdateWebhook updateWebhook(Transactions transactions, WorkspaceScope scope, Webhooks webhooks, Auditor auditor,
                                Clock clock) {
        return new UpdateWebhookService(transactions, scope, webhooks, auditor, clock);
    }

    @Singleton
    RotateWebhookSecret rotateWebhookSecret(Transactions transactions, WorkspaceScope scope, Webhooks webhooks,
                                            Auditor auditor, WebhookSettings settings, Clock clock) {
        return new RotateWebhookSecretService(transactions, scope, webhooks, auditor, settings.secretGrace(), clock);
    }

    @Singleton
    ListWebhookReceipts listWebhookReceipts(Transactions transactions, WorkspaceScope scope, Webhooks webhooks,
                                            WebhookReceipts receipts) {
        return new ListWebhookReceiptsService(transactions, scope, webhooks, receipts);
    }
}
