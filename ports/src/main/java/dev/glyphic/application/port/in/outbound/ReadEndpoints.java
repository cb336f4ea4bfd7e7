package dev.glyphic.application.port.in.outbound;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.outbound.Delivery;
import dev.glyphic.domain.outbound.DeliveryAttempt;
import dev.glyphic.domain.outbound.DeliveryId;
import dev.glyphic.domain.outbound.EndpointId;
import dev.glyphic.domain.outbound.WebhookEndpoint;

/** What members and viewers may read of outbound webhooks: endpoints (never their secrets) and the delivery log. */
public interface ReadEndpoints {

    Page<WebhookEndpoint> list(Caller caller, OrgId orgId, WorkspaceId workspaceId, PageRequest page);

    WebhookEndpoint show(Caller caller, OrgId orgId, WorkspaceId workspaceId, EndpointId id);

    Page<Delivery> deliveries(Caller caller, OrgId orgId, WorkspaceId workspaceId, EndpointId id, PageRequest page);

    Page<DeliveryAttempt> attempts(Caller caller, OrgId orgId, WorkspaceId workspaceId, EndpointId id,
                                   DeliveryId delivery, PageRequest page);
}
