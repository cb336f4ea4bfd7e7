package dev.glyphic.application.outbound;

import dev.glyphic.application.port.Cursors;
import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.outbound.ReadEndpoints;
import dev.glyphic.application.port.out.outbound.Deliveries;
import dev.glyphic.application.port.out.outbound.WebhookEndpoints;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.outbound.Delivery;
import dev.glyphic.domain.outbound.DeliveryAttempt;
import dev.glyphic.domain.outbound.DeliveryId;
import dev.glyphic.domain.outbound.EndpointId;
import dev.glyphic.domain.outbound.WebhookEndpoint;
import dev.glyphic.domain.shared.DomainException;

public final class ReadEndpointsService implements ReadEndpoints {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final WorkspaceEndpoints inWorkspace;
    private final WebhookEndpoints endpoints;
    private final Deliveries deliveries;

    public ReadEndpointsService(Transactions transactions, WorkspaceScope scope, WebhookEndpoints endpoints,
                                Deliveries deliveries) {
        this.transactions = transactions;
        this.scope = scope;
        this.inWorkspace = new WorkspaceEndpoints(scope, endpoints);
        this.endpoints = endpoints;
        this.deliveries = deliveries;
    }

    @Override
    public Page<WebhookEndpoint> list(Caller caller, OrgId orgId, WorkspaceId workspaceId, PageRequest page) {
        return transactions.inTenant(orgId, () -> {
            scope.enter(caller, orgId, workspaceId, Action.READ);
            return Page.of(endpoints.list(orgId, workspaceId, page), page, e -> Cursors.encode(e.id().value()));
        });
    }

    @Override
    public WebhookEndpoint show(Caller caller, OrgId orgId, WorkspaceId workspaceId, EndpointId id) {
        return transactions.inTenant(orgId, () -> inWorkspace.enter(caller, orgId, workspaceId, id, Action.READ)
                .endpoint());
    }

    @Override
    public Page<Delivery> deliveries(Caller caller, OrgId orgId, WorkspaceId workspaceId, EndpointId id,
                                     PageRequest page) {
        return transactions.inTenant(orgId, () -> {
            inWorkspace.enter(caller, orgId, workspaceId, id, Action.READ);
            return Page.of(deliveries.list(orgId, id, page), page, d -> Cursors.encode(d.id().value()));
        });
    }

    @Override
    public Page<DeliveryAttempt> attempts(Caller caller, OrgId orgId, WorkspaceId workspaceId, EndpointId id,
                                          DeliveryId delivery, PageRequest page) {
        return transactions.inTenant(orgId, () -> {
            inWorkspace.enter(caller, orgId, workspaceId, id, Action.READ);
            deliveries.find(orgId, delivery).filter(d -> d.endpointId().equals(id))
                    .orElseThrow(() -> new DomainException.NotFound("delivery"));
            return Page.of(deliveries.attempts(orgId, delivery, page), page, a -> Cursors.encode(a.id()));
        });
    }
}
