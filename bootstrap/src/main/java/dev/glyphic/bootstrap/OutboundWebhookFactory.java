package dev.glyphic.bootstrap;

import dev.glyphic.application.org.Auditor;
import dev.glyphic.application.outbound.ManageEndpointsService;
import dev.glyphic.application.outbound.OutboundDeliveries;
import dev.glyphic.application.outbound.ReadEndpointsService;
import dev.glyphic.application.outbound.SendDeliveriesService;
import dev.glyphic.application.port.in.outbound.ManageEndpoints;
import dev.glyphic.application.port.in.outbound.ReadEndpoints;
import dev.glyphic.application.port.in.outbound.SendDeliveries;
import dev.glyphic.application.port.out.execution.HttpCalls;
import dev.glyphic.application.port.out.outbound.Deliveries;
import dev.glyphic.application.port.out.outbound.WebhookEndpoints;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.bootstrap.config.OutboundWebhookSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/**
 * Outbound webhooks: queueing deliveries (for the event dispatcher), the sender's loop, and the endpoints' API. The
 * sender calls out through the same {@link HttpCalls} as {@code http.request} nodes, behind the same SSRF guard.
 */
@Factory
public class OutboundWebhookFactory {

    @Singleton
    OutboundDeliveries outboundDeliveries(WebhookEndpoints endpoints, Deliveries deliveries) {
        return new OutboundDeliveries(endpoints, deliveries);
    }

    @Singleton
    SendDeliveries sendDeliveries(Transactions transactions, Deliveries deliveries, WebhookEndpoints endpoints,
                                  HttpCalls http, OutboundWebhookSettings settings, Clock clock) {
        return new SendDeliveriesService(transactions, deliveries, endpoints, http, settings.limits(), clock);
    }

    @Singleton
    ManageEndpoints manageEndpoints(Transactions transactions, WorkspaceScope scope, WebhookEndpoints endpoints,
                                    Deliveries deliveries, Auditor auditor, OutboundWebhookSettings settings,
                                    Clock clock) {
        return new ManageEndpointsService(transactions, scope, endpoints, deliveries, auditor, settings.secretGrace(),
                clock);
    }

    @Singleton
    ReadEndpoints readEndpoints(Transactions transactions, WorkspaceScope scope, WebhookEndpoints endpoints,
                                Deliveries deliveries) {
        return new ReadEndpointsService(transactions, scope, endpoints, deliveries);
    }

    @Bean(preDestroy = "close")
    @Singleton
    @Named("sender")
    @Requires(property = "glyphic.outbound-webhooks.enabled", notEquals = "false")
    BackgroundLoop sender(SendDeliveries send, OutboundWebhookSettings settings) {
        return new BackgroundLoop("webhook-sender", 1, send::send, Optional::empty, settings.batch(),
                settings.pollInterval());
    }

    /** The sender starts with the server (not in an instance with glyphic.outbound-webhooks.enabled=false). */
    @Singleton
    static final class SenderStart {
        private final Optional<BackgroundLoop> sender;

        SenderStart(@Named("sender") Optional<BackgroundLoop> sender) {
            this.sender = sender;
        }

        @EventListener
        void onStartup(StartupEvent event) {
            sender.ifPresent(BackgroundLoop::start);
        }
    }
}
