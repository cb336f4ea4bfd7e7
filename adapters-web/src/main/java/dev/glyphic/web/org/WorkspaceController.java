package dev.glyphic.web.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.CreateWorkspace;
import dev.glyphic.application.port.in.org.DeleteWorkspace;
import dev.glyphic.application.port.in.org.ListWorkspaces;
import dev.glyphic.application.port.in.org.ShowWorkspace;
import dev.glyphic.application.port.in.org.UpdateWorkspace;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Slug;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.domain.org.WorkspaceId;
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

@Controller("/api/v1/orgs/{orgId}/workspaces")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "workspaces")
public final class WorkspaceController {
    private final CreateWorkspace createWorkspace;
    private final ListWorkspaces listWorkspaces;
    private final ShowWorkspace showWorkspace;
    private final UpdateWorkspace updateWorkspace;
    private final DeleteWorkspace deleteWorkspace;

    public WorkspaceController(CreateWorkspace createWorkspace, ListWorkspaces listWorkspaces,
                               ShowWorkspace showWorkspace, UpdateWorkspace updateWorkspace,
                               DeleteWorkspace deleteWorkspace) {
        this.createWorkspace = createWorkspace;
        this.listWorkspaces = listWorkspaces;
        this.showWorkspace = showWorkspace;
        this.updateWorkspace = updateWorkspace;
        this.deleteWorkspace = deleteWorkspace;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @ReturnsCreated
    @Operation(operationId = "createWorkspace",
            summary = "Create a workspace (admins); its slug is unique within the organization")
    public HttpResponse<WorkspaceJson.Response> create(@PathVariable @IdParam OrgId orgId,
                                                       @Body WorkspaceJson.CreateRequest body,
                                                       @Authenticated Caller caller) {
        Validation v = new Validation();
        DisplayName name = v.required("name", body.name(), DisplayName::of);
        Slug slug = v.required("slug", body.slug(), Slug::of);
        v.check();
        Workspace w = createWorkspace.create(caller, orgId, new CreateWorkspace.Command(name, slug));
        return Created.at(Locations.workspace(orgId, w.id()), WorkspaceJson.Response.of(w));
    }

    @Get
    @Returns
    @Operation(operationId = "listWorkspaces", summary = "The organization's workspaces")
    public PageJson<WorkspaceJson.Response> list(@PathVariable @IdParam OrgId orgId,
                                                 @QueryValue @Nullable @LimitParam Integer limit,
                                                 @QueryValue @Nullable @CursorParam String cursor,
                                                 @Authenticated Caller caller) {
        return PageJson.of(listWorkspaces.list(caller, orgId,
                PageRequest.parse(limit, cursor)), WorkspaceJson.Response::of);
    }

    @Get("/{workspaceId}")
    @Returns
    @Operation(operationId = "showWorkspace", summary = "One workspace")
    public WorkspaceJson.Response show(@PathVariable @IdParam OrgId orgId,
                                       @PathVariable @IdParam WorkspaceId workspaceId, @Authenticated Caller caller) {
        return WorkspaceJson.Response.of(showWorkspace.show(caller, orgId, workspaceId));
    }

    @Patch("/{workspaceId}")
    @Returns
    @Operation(operationId = "updateWorkspace", summary = "Rename a workspace or change its slug (admins)")
    public WorkspaceJson.Response update(@PathVariable @IdParam OrgId orgId,
                                         @PathVariable @IdParam WorkspaceId workspaceId,
                                         @Body WorkspaceJson.UpdateRequest body, @Authenticated Caller caller) {
        Validation v = new Validation();
        DisplayName name = v.optional("name", body.name(), DisplayName::of);
        Slug slug = v.optional("slug", body.slug(), Slug::of);
        v.check();
        return WorkspaceJson.Response.of(updateWorkspace.update(caller, orgId, workspaceId,
                new UpdateWorkspace.Command(Optional.ofNullable(name), Optional.ofNullable(slug))));
    }

    @Delete("/{workspaceId}")
    @Status(HttpStatus.NO_CONTENT)
    @ReturnsNoContent
    @Operation(operationId = "deleteWorkspace", summary = "Delete a workspace (admins)")
    public void delete(@PathVariable @IdParam OrgId orgId, @PathVariable @IdParam WorkspaceId workspaceId,
                       @Authenticated Caller caller) {
        deleteWorkspace.delete(caller, orgId, workspaceId);
    }
}
