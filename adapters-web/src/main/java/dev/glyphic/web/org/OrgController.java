package dev.glyphic.web.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.CreateOrg;
import dev.glyphic.application.port.in.org.DeleteOrg;
import dev.glyphic.application.port.in.org.ListMyOrgs;
import dev.glyphic.application.port.in.org.ShowOrg;
import dev.glyphic.application.port.in.org.UpdateOrg;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.org.ExecutionLimits;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Organization;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.org.Slug;
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
import java.util.Optional;

@Controller("/api/v1/orgs")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "organizations")
public final class OrgController {
    private final CreateOrg createOrg;
    private final ListMyOrgs listMyOrgs;
    private final ShowOrg showOrg;
    private final UpdateOrg updateOrg;
    private final DeleteOrg deleteOrg;

    public OrgController(CreateOrg createOrg, ListMyOrgs listMyOrgs, ShowOrg showOrg, UpdateOrg updateOrg,
                         DeleteOrg deleteOrg) {
        this.createOrg = createOrg;
        this.listMyOrgs = listMyOrgs;
        this.showOrg = showOrg;
        this.updateOrg = updateOrg;
        this.deleteOrg = deleteOrg;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @ReturnsCreated
    @Operation(operationId = "createOrg", summary = "Found an organization; the caller becomes its owner")
    public HttpResponse<OrgJson.Response> create(@Body OrgJson.CreateRequest body, @Authenticated Caller caller) {
        Validation v = new Validation();
        DisplayName name = v.required("name", body.name(), DisplayName::of);
        Slug slug = v.required("slug", body.slug(), Slug::of);
        v.check();
        Organization org = createOrg.create(caller, new CreateOrg.Command(name, slug));
        return Created.at(Locations.org(org.id()), OrgJson.Response.of(org, Role.OWNER));
    }

    @Get
    @Returns
    @Operation(operationId = "listOrgs", summary = "The organizations the caller belongs to")
    public PageJson<OrgJson.Response> list(@QueryValue @Nullable @LimitParam Integer limit,
                                           @QueryValue @Nullable @CursorParam String cursor,
                                           @Authenticated Caller caller) {
        return PageJson.of(listMyOrgs.list(caller, PageRequest.parse(limit, cursor)),
                OrgJson.Response::of);
    }

    @Get("/{orgId}")
    @Returns
    @Operation(operationId = "showOrg", summary = "One organization")
    public OrgJson.Response show(@PathVariable @IdParam OrgId orgId, @Authenticated Caller caller) {
        return OrgJson.Response.of(showOrg.show(caller, orgId));
    }

    @Patch("/{orgId}")
    @Returns
    @Operation(operationId = "updateOrg",
            summary = "Rename an organization, change its slug or its execution limits (admins)")
    public OrgJson.Response update(@PathVariable @IdParam OrgId orgId, @Body OrgJson.UpdateRequest body,
                                   @Authenticated Caller caller) {
        Validation v = new Validation();
        DisplayName name = v.optional("name", body.name(), DisplayName::of);
        Slug slug = v.optional("slug", body.slug(), Slug::of);
        OrgJson.Limits limits = body.executionLimits() == null ? new OrgJson.Limits(null, null)
                : body.executionLimits();
        Integer maxConcurrent = v.optional("executionLimits/maxConcurrentExecutions",
                limits.maxConcurrentExecutions(), ExecutionLimits::checkMaxConcurrentExecutions);
        Integer retentionDays = v.optional("executionLimits/executionRetentionDays",
                limits.executionRetentionDays(), ExecutionLimits::checkRetentionDays);
        v.check();
        Organization org = updateOrg.update(caller, orgId, new UpdateOrg.Command(Optional.ofNullable(name),
                Optional.ofNullable(slug), Optional.ofNullable(maxConcurrent), Optional.ofNullable(retentionDays)));
        return OrgJson.Response.of(showOrg.show(caller, org.id()));
    }

    @Delete("/{orgId}")
    @Status(HttpStatus.NO_CONTENT)
    @ReturnsNoContent
    @Operation(operationId = "deleteOrg", summary = "Delete an organization and everything in it (owners)")
    public void delete(@PathVariable @IdParam OrgId orgId, @Authenticated Caller caller) {
        deleteOrg.delete(caller, orgId);
    }
}
