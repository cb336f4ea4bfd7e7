package dev.glyphic.application.port.out.outbound;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.outbound.EndpointId;
import dev.glyphic.domain.outbound.WebhookEndpoint;
import java.util.List;
import java.util.Optional;

/** Tenants' outbound webhook endpoints; in the org's tenant transaction. */
public interface WebhookEndpoints {

    void insert(WebhookEndpoint endpoint);

    void update(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> find(OrgId orgId, EndpointId id);

    /** Deletes it with its deliveries; answers whether it existed. */
    boolean delete(OrgId orgId, EndpointId id);

    List<WebhookEndpoint> list(OrgId orgId, WorkspaceId workspaceId, PageRequest page);

    /** The enabled endpoints of a workspace that listen to the type. */
    List<WebhookEndpoint> subscribedTo(OrgId orgId, WorkspaceId workspaceId, EventType type);
}
