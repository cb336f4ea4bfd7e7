package dev.glyphic.application.outbound;

import dev.glyphic.application.org.Acting;
import dev.glyphic.application.org.Auditor;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.outbound.ManageEndpoints;
import dev.glyphic.application.port.out.outbound.Deliveries;
import dev.glyphic.application.port.out.outbound.WebhookEndpoints;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.outbound.Delivery;
import dev.glyphic.domain.outbound.DeliveryId;
import dev.glyphic.domain.outbound.EndpointId;
import dev.glyphic.domain.outbound.EndpointUrl;
import dev.glyphic.domain.outbound.WebhookEndpoint;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.webhook.WebhookSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The admins' commands on outbound webhook endpoints, each in one tenant transaction and audited. */
public final class ManageEndpointsService implements ManageEndpoints {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final WorkspaceEndpoints inWorkspace;
    private final WebhookEndpoints endpoints;
    private final Deliveries deliveries;
    private final Auditor auditor;
    private final Duration secretGrace;
    private final Clock clock;

    public ManageEndpointsService(Transactions transactions, WorkspaceScope scope, WebhookEndpoints endpoints,
                                  Deliveries deliveries, Auditor auditor, Duration secretGrace, Clock clock) {
        this.transactions = transactions;
        this.scope = scope;
        this.inWorkspace = new WorkspaceEndpoints(scope, endpoints);
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.auditor = auditor;
        this.secretGrace = secretGrace;
        this.clock = clock;
    }

    @Override
    public Shown create(Caller caller, OrgId orgId, WorkspaceId workspaceId, EndpointUrl url, Set<EventType> types) {
        return transactions.inTenant(orgId, () -> {
            Acting acting = scope.enter(caller, orgId, workspaceId, Action.MANAGE_AUTOMATION);
            WebhookEndpoint endpoint = WebhookEndpoint.create(orgId, workspaceId, url, types, clock.instant());
            endpoints.insert(endpoint);
            auditor.record(acting, AuditAction.WEBHOOK_ENDPOINT_CREATED, "webhook_endpoint", endpoint.id(),
                    Map.of("url", url.toString(), "eventTypes", names(types)));
            return new Shown(endpoint, Optional.of(endpoint.secret().reveal()));
        });
    }

    @Override
    public WebhookEndpoint update(Caller caller, OrgId orgId, WorkspaceId workspaceId, EndpointId id,
                                  Changes changes) {
        return transactions.inTenant(orgId, () -> {
            WorkspaceEndpoints.Entered entered = inWorkspace.enter(caller, orgId, workspaceId, id,
                    Action.MANAGE_AUTOMATION);
            WebhookEndpoint changed = entered.endpoint().changed(changes.url(), changes.eventTypes(),
                    changes.enabled(), clock.instant());
            endpoints.update(changed);
            auditor.record(entered.acting(), AuditAction.WEBHOOK_ENDPOINT_UPDATED, "webhook_endpoint", id,
                    Map.of("url", changed.url().toString(), "eventTypes", names(changed.eventTypes()), "enabled",
                            Boolean.toString(changed.enabled())));
            return changed;
        });
    }

    @Override
    public Shown rotateSecret(Caller caller, OrgId orgId, WorkspaceId workspaceId, EndpointId id) {
        return transactions.inTenant(orgId, () -> {
            WorkspaceEndpoints.Entered entered = inWorkspace.enter(caller, orgId, workspaceId, id,
                    Action.MANAGE_AUTOMATION);
            Instant now = clock.instant();
            WebhookSecret fresh = WebhookSecret.generate();
            WebhookEndpoint rotated = entered.endpoint().rotated(fresh, secretGrace, now);
            endpoints.update(rotated);
            auditor.record(entered.acting(), AuditAction.WEBHOOK_ENDPOINT_SECRET_ROTATED, "webhook_endpoint", id,
                    Map.of("previousSignsUntil", now.plus(secretGrace).toString()));
            return new Shown(rotated, Optional.of(fresh.reveal()));
        });
    }

    @Override
    public void delete(Caller caller, OrgId orgId, WorkspaceId workspaceId, EndpointId id) {
        transactions.inTenant(orgId, () -> {
            WorkspaceEndpoints.Entered entered = inWorkspace.enter(caller, orgId, workspaceId, id,
                    Action.MANAGE_AUTOMATION);
            endpoints.delete(orgId, id);
            auditor.record(entered.acting(), AuditAction.WEBHOOK_ENDPOINT_DELETED, "webhook_endpoint", id,
                    Map.of("url", entered.endpoint().url().toString()));
            return null;
        });
    }

    @Override
    public Delivery redeliver(Caller caller, OrgId orgId, WorkspaceId workspaceId, EndpointId id,
                              DeliveryId deliveryId) {
        return transactions.inTenant(orgId, () -> {
            WorkspaceEndpoints.Entered entered = inWorkspace.enter(caller, orgId, workspaceId, id,
                    Action.MANAGE_AUTOMATION);
            Delivery delivery = deliveries.lock(orgId, deliveryId).filter(d -> d.endpointId().equals(id))
                    .orElseThrow(() -> new DomainException.NotFound("delivery"));
            Delivery again = delivery.redelivered(clock.instant());
            deliveries.update(again);
            auditor.record(entered.acting(), AuditAction.WEBHOOK_DELIVERY_REDELIVERED, "webhook_delivery",
                    deliveryId, Map.of("endpointId", id.toString()));
            return again;
        });
    }

    private static String names(Set<EventType> types) {
        return types.stream().map(EventType::wireName).sorted().collect(Collectors.joining(","));
    }
}
