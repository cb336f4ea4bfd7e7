package dev.glyphic.application.port.in.outbound;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.outbound.DeliveryId;
import dev.glyphic.domain.outbound.Delivery;
import dev.glyphic.domain.outbound.EndpointId;
import dev.glyphic.domain.outbound.EndpointUrl;
import dev.glyphic.domain.outbound.WebhookEndpoint;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What admins do to a workspace's outbound webhook endpoints; each is audited. */
public interface ManageEndpoints {

    /** An endpoint, with its secret when it was just made or rotated (shown once). */
    record Shown(WebhookEndpoint endpoint, Optional<String> revealedSecret) {
        public Shown {
            Objects.requireNonNull(endpoint);
            Objects.requireNonNull(revealedSecret);
        }
    }

    record Changes(Optional<EndpointUrl> url, Optional<Set<EventType>> eventTypes, Optional<Boolean> enabled) {
        public Changes {
            Objects.requireNonNull(url);
            Objects.requireNonNull(eventTypes);
            Objects.requireNonNull(enabled);
        }
    }

    Shown create(Caller caller, OrgId orgId, WorkspaceId workspaceId, EndpointUrl url, Set<EventType> eventTypes);

    WebhookEndpoint update(Caller caller, OrgId orgId, WorkspaceId workspaceId, EndpointId id, Changes changes);

    Shown rotateSecret(Caller caller, OrgId orgId, WorkspaceId workspaceId, EndpointId id);

    void delete(Caller caller, OrgId orgId, WorkspaceId workspaceId, EndpointId id);

    /** Sends the delivery again, as soon as a sender takes it, with the same message id. */
    Delivery redeliver(Caller caller, OrgId orgId, WorkspaceId workspaceId, EndpointId id, DeliveryId delivery);
}
