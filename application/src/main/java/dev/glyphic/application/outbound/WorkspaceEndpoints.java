package dev.glyphic.application.outbound;

import dev.glyphic.application.org.Acting;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.outbound.WebhookEndpoints;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.outbound.EndpointId;
import dev.glyphic.domain.outbound.WebhookEndpoint;
import dev.glyphic.domain.shared.DomainException;

/** The endpoint use cases' way in: the caller may act in the workspace, and the endpoint is one of its own. */
final class WorkspaceEndpoints {
    private final WorkspaceScope scope;
    private final WebhookEndpoints endpoints;

    WorkspaceEndpoints(WorkspaceScope scope, WebhookEndpoints endpoints) {
        this.scope = scope;
        this.endpoints = endpoints;
    }

    record Entered(Acting acting, WebhookEndpoint endpoint) {
    }

    Entered enter(Caller caller, OrgId orgId, WorkspaceId workspaceId, EndpointId id, Action action) {
        Acting acting = scope.enter(caller, orgId, workspaceId, action);
        WebhookEndpoint endpoint = endpoints.find(orgId, id).filter(e -> e.workspaceId().equals(workspaceId))
                .orElseThrow(() -> new DomainException.NotFound("webhook endpoint"));
        return new Entered(acting, endpoint);
    }
}
