package dev.glyphic.web.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.CreateApiKey;
import dev.glyphic.application.port.in.org.ListApiKeys;
import dev.glyphic.application.port.in.org.RevokeApiKey;
import dev.glyphic.application.port.in.org.ShowApiKey;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.shared.Validation;
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

@Controller("/api/v1/orgs/{orgId}/api-keys")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "api-keys")
public final class ApiKeyController {
    private final CreateApiKey createApiKey;
    private final ListApiKeys listApiKeys;
    private final ShowApiKey showApiKey;
    private final RevokeApiKey revokeApiKey;

    public ApiKeyController(CreateApiKey createApiKey, ListApiKeys listApiKeys, ShowApiKey showApiKey,
                            RevokeApiKey revokeApiKey) {
        this.createApiKey = createApiKey;
        this.listApiKeys = listApiKeys;
        this.showApiKey = showApiKey;
        this.revokeApiKey = revokeApiKey;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @ReturnsCreated
    @Operation(operationId = "createApiKey",
            summary = "Create an API key with a role up to the caller's own (admins); the secret is shown once")
    public HttpResponse<ApiKeyJson.Response> create(@PathVariable @IdParam OrgId orgId,
                                                    @Body ApiKeyJson.CreateRequest body,
                                                    @Authenticated Caller caller) {
        Validation v = new Validation();
        DisplayName name = v.required("name", body.name(), DisplayName::of);
        Role role = v.required("role", body.role(), Role::parse);
        v.check();
        CreateApiKey.Issued issued = createApiKey.create(caller, orgId, new CreateApiKey.Command(name, role));
        return Created.at(Locations.apiKey(orgId, issued.key().id()),
                ApiKeyJson.Response.of(issued.key(), issued.secret()));
    }

    @Get
    @Returns
    @Operation(operationId = "listApiKeys", summary = "The organization's API keys, without their secrets (admins)")
    public PageJson<ApiKeyJson.Response> list(@PathVariable @IdParam OrgId orgId,
                                              @QueryValue @Nullable @LimitParam Integer limit,
                                              @QueryValue @Nullable @CursorParam String cursor,
                                              @Authenticated Caller caller) {
        return PageJson.of(listApiKeys.list(caller, orgId, PageRequest.parse(limit, cursor)),
                k -> ApiKeyJson.Response.of(k, null));
    }

    @Get("/{keyId}")
    @Returns
    @Operation(operationId = "showApiKey", summary = "One API key, without its secret (admins)")
    public ApiKeyJson.Response show(@PathVariable @IdParam OrgId orgId, @PathVariable @IdParam ApiKeyId keyId,
                                    @Authenticated Caller caller) {
        return ApiKeyJson.Response.of(showApiKey.show(caller, orgId, keyId), null);
    }

    @Delete("/{keyId}")
    @Status(HttpStatus.NO_CONTENT)
    @ReturnsNoContent
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key (admins); it stops working at once")
    public void revoke(@PathVariable @IdParam OrgId orgId, @PathVariable @IdParam ApiKeyId keyId,
                       @Authenticated Caller caller) {
        revokeApiKey.revoke(caller, orgId, keyId);
    }
}
