package dev.glyphic.web.outbound;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.outbound.ManageEndpoints;
import dev.glyphic.application.port.in.outbound.ReadEndpoints;
import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.outbound.DeliveryId;
import dev.glyphic.domain.outbound.EndpointId;
import dev.glyphic.domain.outbound.EndpointUrl;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.web.openapi.CursorParam;
import dev.glyphic.web.openapi.IdParam;
import dev.glyphic.web.openapi.LimitParam;
import dev.glyphic.web.openapi.Returns;
import dev.glyphic.web.openapi.ReturnsCreated;
import dev.glyphic.web.openapi.ReturnsNoContent;
import dev.glyphic.web.problem.ProblemResponses;
import dev.glyphic.web.security.Authenticated;
import dev.glyphic.web.support.Created;
import dev.glyphic.web.support.Locations;
import dev.glyphic.web.support.PageJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A workspace's outbound webhook endpoints and their delivery log. */
@Controller("/api/v1/orgs/{orgId}/workspaces/{workspaceId}/webhook-endpoints")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "webhook-endpoints")
public final class EndpointController {
    private static final int MAX_TYPES = 10;

    private final ManageEndpoints manage;
    private final ReadEndpoints read;

    public EndpointController(ManageEndpoints manage, ReadEndpoints read) {
        this.manage = manage;
        this.read = read;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @ReturnsCreated
    @Operation(operationId = "createWebhookEndpoint", summary = "Register an endpoint for the workspace's events "
            + "(admins); its signing secret is shown once, in this answer")
    public HttpResponse<EndpointJson.Response> create(@PathVariable @IdParam OrgId orgId,
                                                      @PathVariable @IdParam WorkspaceId workspaceId,
                                                      @Body EndpointJson.CreateRequest body,
                                                      @Authenticated Caller caller) {
        Validation v = new Validation();
        EndpointUrl url = v.required("url", body.url(), EndpointUrl::parse);
        Set<EventType> types = v.required("eventTypes", body.eventTypes(), EndpointController::types);
        v.check();
        ManageEndpoints.Shown shown = manage.create(caller, orgId, workspaceId, url, types);
        return Created.at(Locations.workspace(orgId, workspaceId) + "/webhook-endpoints/" + shown.endpoint().id(),
                EndpointJson.Response.of(shown));
    }

    @Get
    @Returns
    @Operation(operationId = "listWebhookEndpoints", summary = "The workspace's endpoints, without secrets (viewers)")
    public PageJson<EndpointJson.Response> list(@PathVariable @IdParam OrgId orgId,
                                                @PathVariable @IdParam WorkspaceId workspaceId,
                                                @QueryValue @Nullable @LimitParam Integer limit,
                                                @QueryValue @Nullable @CursorParam String cursor,
                                                @Authenticated Caller caller) {
        return PageJson.of(read.list(caller, orgId, workspaceId, PageRequest.parse(limit, cursor)),
                e -> EndpointJson.Response.of(e, null));
    }

    @Get("/{endpointId}")
    @Returns
    @Operation(operationId = "showWebhookEndpoint", summary = "One endpoint, without its secret (viewers)")
    public EndpointJson.Response show(@PathVariable @IdParam OrgId orgId,
                                      @PathVariable @IdParam WorkspaceId workspaceId,
                                      @PathVariable @IdParam EndpointId endpointId, @Authenticated Caller caller) {
        return EndpointJson.Response.of(read.show(caller, orgId, workspaceId, endpointId), null);
    }

    @Patch("/{endpointId}")
    @Returns
    @Operation(operationId = "updateWebhookEndpoint", summary = "Change an endpoint's URL or event types, or enable "
            + "or disable it (admins)")
    public EndpointJson.Response update(@PathVariable @IdParam OrgId orgId,
                                        @PathVariable @IdParam WorkspaceId workspaceId,
                                        @PathVariable @IdParam EndpointId endpointId,
                                        @Body EndpointJson.UpdateRequest body, @Authenticated Caller caller) {
        Validation v = new Validation();
        EndpointUrl url = v.optional("url", body.url(), EndpointUrl::parse);
        Set<EventType> types = v.optional("eventTypes", body.eventTypes(), EndpointController::types);
        v.check();
        return EndpointJson.Response.of(manage.update(caller, orgId, workspaceId, endpointId,
                new ManageEndpoints.Changes(Optional.ofNullable(url), Optional.ofNullable(types),
                        Optional.ofNullable(body.enabled()))), null);
    }

    @Post("/{endpointId}/rotate-secret")
    @Returns
    @Operation(operationId = "rotateWebhookEndpointSecret", summary = "A new signing secret, shown once in this "
            + "answer; the previous one keeps signing beside it for the operator's grace period (admins)")
    public EndpointJson.Response rotate(@PathVariable @IdParam OrgId orgId,
                                        @PathVariable @IdParam WorkspaceId workspaceId,
                                        @PathVariable @IdParam EndpointId endpointId, @Authenticated Caller caller) {
        return EndpointJson.Response.of(manage.rotateSecret(caller, orgId, workspaceId, endpointId));
    }

    @Delete("/{endpointId}")
    @Status(HttpStatus.NO_CONTENT)
    @ReturnsNoContent
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Delete an endpoint and its deliveries (admins)")
    public void delete(@PathVariable @IdParam OrgId orgId, @PathVariable @IdParam WorkspaceId workspaceId,
                       @PathVariable @IdParam EndpointId endpointId, @Authenticated Caller caller) {
        manage.delete(caller, orgId, workspaceId, endpointId);
    }

    @Get("/{endpointId}/deliveries")
    @Returns
    @Operation(operationId = "listWebhookDeliveries", summary = "The endpoint's deliveries, newest first, with "
            + "their status and last answer (viewers)")
    public PageJson<EndpointJson.DeliveryJson> deliveries(@PathVariable @IdParam OrgId orgId,
                                                          @PathVariable @IdParam WorkspaceId workspaceId,
                                                          @PathVariable @IdParam EndpointId endpointId,
                                                          @QueryValue @Nullable @LimitParam Integer limit,
                                                          @QueryValue @Nullable @CursorParam String cursor,
                                                          @Authenticated Caller caller) {
        return PageJson.of(read.deliveries(caller, orgId, workspaceId, endpointId, PageRequest.parse(limit, cursor)),
                EndpointJson.DeliveryJson::of);
    }

    @Get("/{endpointId}/deliveries/{deliveryId}/attempts")
    @Returns
    @Operation(operationId = "listWebhookDeliveryAttempts", summary = "A delivery's attempts, oldest first "
            + "(viewers)")
    public PageJson<EndpointJson.AttemptJson> attempts(@PathVariable @IdParam OrgId orgId,
                                                       @PathVariable @IdParam WorkspaceId workspaceId,
                                                       @PathVariable @IdParam EndpointId endpointId,
                                                       @PathVariable @IdParam DeliveryId deliveryId,
                                                       @QueryValue @Nullable @LimitParam Integer limit,
                                                       @QueryValue @Nullable @CursorParam String cursor,
                                                       @Authenticated Caller caller) {
        return PageJson.of(read.attempts(caller, orgId, workspaceId, endpointId, deliveryId,
                PageRequest.parse(limit, cursor)), EndpointJson.AttemptJson::of);
    }

    @Post("/{endpointId}/deliveries/{deliveryId}/redeliver")
    @Returns
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again as soon as possible, with the same "
            + "webhook-id (admins)")
    public EndpointJson.DeliveryJson redeliver(@PathVariable @IdParam OrgId orgId,
                                               @PathVariable @IdParam WorkspaceId workspaceId,
                                               @PathVariable @IdParam EndpointId endpointId,
                                               @PathVariable @IdParam DeliveryId deliveryId,
                                               @Authenticated Caller caller) {
        return EndpointJson.DeliveryJson.of(manage.redeliver(caller, orgId, workspaceId, endpointId, deliveryId));
    }

    private static Set<EventType> types(List<String> names) {
        if (names.isEmpty() || names.size() > MAX_TYPES) {
            throw Violation.invalid("invalid_event_types", "list 1 to " + MAX_TYPES + " event types");
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String name : names) {
            types.add(EventType.parse(name));
        }
        return types;
    }
}
