package dev.glyphic.web.webhook;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.webhook.ListWebhookReceipts;
import dev.glyphic.application.port.in.webhook.ListWebhooks;
import dev.glyphic.application.port.in.webhook.RotateWebhookSecret;
import dev.glyphic.application.port.in.webhook.ShowWebhook;
import dev.glyphic.application.port.in.webhook.UpdateWebhook;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.domain.webhook.SignatureScheme;
import dev.glyphic.domain.webhook.WebhookId;
import dev.glyphic.web.openapi.CursorParam;
import dev.glyphic.web.openapi.IdParam;
import dev.glyphic.web.openapi.LimitParam;
import dev.glyphic.web.openapi.Returns;
import dev.glyphic.web.problem.ProblemResponses;
import dev.glyphic.web.security.Authenticated;
import dev.glyphic.web.support.PageJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/** A workspace's inbound webhooks: made by the workflows' trigger nodes, switched and rotated by admins. */
@Controller("/api/v1/orgs/{orgId}/workspaces/{workspaceId}/webhooks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "webhooks")
public final class WebhookController {
    private final ListWebhooks listWebhooks;
    private final ShowWebhook showWebhook;
    private final UpdateWebhook updateWebhook;
    private final RotateWebhookSecret rotateSecret;
    private final ListWebhookReceipts listReceipts;

    public WebhookController(ListWebhooks listWebhooks, ShowWebhook showWebhook, UpdateWebhook updateWebhook,
                             RotateWebhookSecret rotateSecret, ListWebhookReceipts listReceipts) {
        this.listWebhooks = listWebhooks;
        this.showWebhook = showWebhook;
        this.updateWebhook = updateWebhook;
        this.rotateSecret = rotateSecret;
        this.listReceipts = listReceipts;
    }

    @Get
    @Returns
    @Operation(operationId = "listWebhooks", summary = "The workspace's webhooks, without their secrets (viewers)")
    public PageJson<WebhookJson.Response> list(@PathVariable @IdParam OrgId orgId,
                                               @PathVariable @IdParam WorkspaceId workspaceId,
                                               @QueryValue @Nullable @LimitParam Integer limit,
                                               @QueryValue @Nullable @CursorParam String cursor,
                                               @Authenticated Caller caller) {
        return PageJson.of(listWebhooks.list(caller, orgId, workspaceId, PageRequest.parse(limit, cursor)),
                WebhookJson.Response::of);
    }

    @Get("/{webhookId}")
    @Returns
    @Operation(operationId = "showWebhook", summary = "One webhook, without its secret (viewers)")
    public WebhookJson.Response show(@PathVariable @IdParam OrgId orgId,
                                     @PathVariable @IdParam WorkspaceId workspaceId,
                                     @PathVariable @IdParam WebhookId webhookId, @Authenticated Caller caller) {
        return WebhookJson.Response.of(showWebhook.show(caller, orgId, workspaceId, webhookId));
    }

    @Patch("/{webhookId}")
    @Returns
    @Operation(operationId = "updateWebhook", summary = "Enable or disable a webhook, or choose how its callers "
            + "sign: standard, github or stripe (with the provider's secret), or none, explicitly (admins)")
    public WebhookJson.Response update(@PathVariable @IdParam OrgId orgId,
                                       @PathVariable @IdParam WorkspaceId workspaceId,
                                       @PathVariable @IdParam WebhookId webhookId,
                                       @Body WebhookJson.UpdateRequest body, @Authenticated Caller caller) {
        Validation v = new Validation();
        SignatureScheme scheme = v.optional("scheme", body.scheme(), SignatureScheme::parse);
        v.check();
        return WebhookJson.Response.of(updateWebhook.update(caller, orgId, workspaceId, webhookId,
                new UpdateWebhook.Command(Optional.ofNullable(body.enabled()), Optional.ofNullable(scheme),
                        Optional.ofNullable(body.secret()))));
    }

    @Post("/{webhookId}/rotate-secret")
    @Returns
    @Operation(operationId = "rotateWebhookSecret", summary = "A new secret, shown once in this answer; the previous "
            + "one keeps verifying for the operator's grace period (admins)")
    public WebhookJson.Response rotate(@PathVariable @IdParam OrgId orgId,
                                       @PathVariable @IdParam WorkspaceId workspaceId,
                                       @PathVariable @IdParam WebhookId webhookId, @Authenticated Caller caller) {
        return WebhookJson.Response.of(rotateSecret.rotate(caller, orgId, workspaceId, webhookId));
    }

    @Get("/{webhookId}/receipts")
    @Returns
    @Operation(operationId = "listWebhookReceipts", summary = "The calls the webhook received, newest first, taken or "
            + "refused and why (viewers)")
    public PageJson<WebhookJson.Receipt> receipts(@PathVariable @IdParam OrgId orgId,
                                                  @PathVariable @IdParam WorkspaceId workspaceId,
                                                  @PathVariable @IdParam WebhookId webhookId,
                                                  @QueryValue @Nullable @LimitParam Integer limit,
                                                  @QueryValue @Nullable @CursorParam String cursor,
                                                  @Authenticated Caller caller) {
        return PageJson.of(listReceipts.list(caller, orgId, workspaceId, webhookId, PageRequest.parse(limit, cursor)),
                WebhookJson.Receipt::of);
    }
}
