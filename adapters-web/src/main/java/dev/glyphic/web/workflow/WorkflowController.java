package dev.glyphic.web.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.CreateWorkflow;
import dev.glyphic.application.port.in.workflow.DuplicateWorkflow;
import dev.glyphic.application.port.in.workflow.ListWorkflows;
import dev.glyphic.application.port.in.workflow.ShowWorkflow;
import dev.glyphic.application.port.in.workflow.TrashWorkflow;
import dev.glyphic.application.port.in.workflow.UpdateWorkflow;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.web.openapi.BoolParam;
import dev.glyphic.web.openapi.CursorParam;
import dev.glyphic.web.openapi.IdParam;
import dev.glyphic.web.openapi.IfMatchParam;
import dev.glyphic.web.openapi.InstantParam;
import dev.glyphic.web.openapi.LimitParam;
import dev.glyphic.web.openapi.NeedsIfMatch;
import dev.glyphic.web.openapi.Returns;
import dev.glyphic.web.openapi.ReturnsCreatedVersioned;
import dev.glyphic.web.openapi.ReturnsNoContent;
import dev.glyphic.web.openapi.ReturnsVersioned;
import dev.glyphic.web.openapi.TextParam;
import dev.glyphic.web.problem.ProblemResponses;
import dev.glyphic.web.security.Authenticated;
import dev.glyphic.web.support.Created;
import dev.glyphic.web.support.Locations;
import dev.glyphic.web.support.PageJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

@Controller("/api/v1/orgs/{orgId}/workspaces/{workspaceId}/workflows")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "workflows")
public final class WorkflowController {
    private final CreateWorkflow createWorkflow;
    private final ShowWorkflow showWorkflow;
    private final UpdateWorkflow updateWorkflow;
    private final ListWorkflows listWorkflows;
    private final TrashWorkflow trashWorkflow;
    private final DuplicateWorkflow duplicateWorkflow;

    public WorkflowController(CreateWorkflow createWorkflow, ShowWorkflow showWorkflow, UpdateWorkflow updateWorkflow,
                              ListWorkflows listWorkflows, TrashWorkflow trashWorkflow,
                              DuplicateWorkflow duplicateWorkflow) {
        this.createWorkflow = createWorkflow;
        this.showWorkflow = showWorkflow;
        this.updateWorkflow = updateWorkflow;
        this.listWorkflows = listWorkflows;
        this.trashWorkflow = trashWorkflow;
        this.duplicateWorkflow = duplicateWorkflow;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @ReturnsCreatedVersioned
    @Operation(operationId = "createWorkflow",
            summary = "Create a workflow (members); its definition is validated unless draft is true")
    public HttpResponse<WorkflowJson.Response> create(@PathVariable @IdParam OrgId orgId,
                                                      @PathVariable @IdParam WorkspaceId workspaceId,
                                                      @Body WorkflowJson.CreateRequest body,
                                                      @Authenticated Caller caller) {
        Validation v = new Validation();
        DisplayName name = v.required("name", body.name(), DisplayName::of);
        String description = v.optional("description", body.description(), WorkflowInput::description);
        Tags tags = v.optional("tags", body.tags(), WorkflowInput::tags);
        Json.Obj definition = v.required("definition", body.definition(), WorkflowInput::definition);
        String summary = v.optional("changeSummary", body.changeSummary(), WorkflowInput::changeSummary);
        v.check();
        Workflow created = createWorkflow.create(caller, orgId, workspaceId, new CreateWorkflow.Command(name,
                description == null ? "" : description, tags == null ? Tags.none() : tags,
                Boolean.TRUE.equals(body.active()), Boolean.TRUE.equals(body.shared()), definition,
                Boolean.TRUE.equals(body.draft()), summary == null ? "" : summary));
        return created(created);
    }

    @Get
    @Returns
    @Operation(operationId = "listWorkflows",
            summary = "A workspace's workflows, without their definitions; filter by tag, name prefix (name), "
            + "text in the name (q), active, nodeType, updatedFrom/updatedTo; sort by updatedAt (newest first) or "
            + "name; trash=true lists the trash")
    public PageJson<WorkflowJson.Summary> list(@PathVariable @IdParam OrgId orgId,
                                               @PathVariable @IdParam WorkspaceId workspaceId,
                                               @QueryValue @Nullable @LimitParam Integer limit,
                                               @QueryValue @Nullable @CursorParam String cursor,
                                               @QueryValue @Nullable @Parameter(schema = @Schema(type = "string",
                                                       maxLength = 50, pattern = "^[a-z0-9][a-z0-9._-]{0,49}$"))
                                               String tag,
                                               @QueryValue @Nullable @TextParam String name,
                                               @QueryValue @Nullable @TextParam String q,
                                               @QueryValue @Nullable @BoolParam String active,
                                               @QueryValue @Nullable @TextParam String nodeType,
                                               @QueryValue @Nullable @InstantParam String updatedFrom,
                                               @QueryValue @Nullable @InstantParam String updatedTo,
                                               @QueryValue @Nullable
                                               @Parameter(schema = @Schema(type = "string",
                                                       allowableValues = {"updatedAt", "name"})) String sort,
                                               @QueryValue @Nullable @BoolParam String trash,
                                               @Authenticated Caller caller) {
        var params = new WorkflowListQuery.Params(limit, cursor, tag, name, q, active, nodeType, updatedFrom,
                updatedTo, sort, trash);
        return PageJson.of(listWorkflows.list(caller, WorkflowListQuery.parse(orgId, workspaceId, params)),
                WorkflowJson.Summary::of);
    }

    @Get("/{id}")
    @ReturnsVersioned
    @Operation(operationId = "showWorkflow",
            summary = "One workflow with its current definition; the ETag header is its version")
    public HttpResponse<WorkflowJson.Response> show(@PathVariable @IdParam OrgId orgId,
                                                    @PathVariable @IdParam WorkspaceId workspaceId,
                                                    @PathVariable @IdParam WorkflowId id,
                                                    @Authenticated Caller caller) {
        return ok(showWorkflow.show(caller, orgId, workspaceId, id));
    }

    @Patch("/{id}")
    @ReturnsVersioned
    @NeedsIfMatch
    @Operation(operationId = "updateWorkflow",
            summary = "Change a workflow (members); needs If-Match with its ETag (428 without, 412 when stale); "
            + "a save writes a new version")
    public HttpResponse<WorkflowJson.Response> update(@PathVariable @IdParam OrgId orgId,
                                                      @PathVariable @IdParam WorkspaceId workspaceId,
                                                      @PathVariable @IdParam WorkflowId id,
                                                      @Header(HttpHeaders.IF_MATCH) @Nullable @IfMatchParam
                                                      String ifMatch,
                                                      @Body WorkflowJson.UpdateRequest body,
                                                      @Authenticated Caller caller) {
        Validation v = new Validation();
        DisplayName name = v.optional("name", body.name(), DisplayName::of);
        String description = v.optional("description", body.description(), WorkflowInput::description);
        Tags tags = v.optional("tags", body.tags(), WorkflowInput::tags);
        Json.Obj definition = v.optional("definition", body.definition(), WorkflowInput::definition);
        String summary = v.optional("changeSummary", body.changeSummary(), WorkflowInput::changeSummary);
        v.check();
        Workflow updated = updateWorkflow.update(caller, orgId, workspaceId, id,
                new UpdateWorkflow.Command(ETags.expectedVersion(ifMatch), Optional.ofNullable(name),
                        Optional.ofNullable(description), Optional.ofNullable(tags),
                        Optional.ofNullable(body.active()), Optional.ofNullable(body.shared()),
                        Optional.ofNullable(definition), Boolean.TRUE.equals(body.draft()),
                        Optional.ofNullable(summary)));
        return ok(updated);
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @ReturnsNoContent
    @Operation(operationId = "deleteWorkflow",
            summary = "Move a workflow to the trash (admins); it is deactivated and can be restored for 30 days")
    public void delete(@PathVariable @IdParam OrgId orgId, @PathVariable @IdParam WorkspaceId workspaceId,
                       @PathVariable @IdParam WorkflowId id, @Authenticated Caller caller) {
        trashWorkflow.trash(caller, orgId, workspaceId, id);
    }

    @Post("/{id}/restore")
    @ReturnsVersioned
    @Operation(operationId = "restoreWorkflow",
            summary = "Bring a workflow back from the trash (admins); it comes back inactive")
    public HttpResponse<WorkflowJson.Response> restore(@PathVariable @IdParam OrgId orgId,
                                                       @PathVariable @IdParam WorkspaceId workspaceId,
                                                       @PathVariable @IdParam WorkflowId id,
                                                       @Authenticated Caller caller) {
        return ok(trashWorkflow.restore(caller, orgId, workspaceId, id));
    }

    @Post("/{id}/duplicate")
    @Status(HttpStatus.CREATED)
    @ReturnsCreatedVersioned
    @Operation(operationId = "duplicateWorkflow",
            summary = "Copy a workflow into a new, inactive one of the same workspace (members)")
    public HttpResponse<WorkflowJson.Response> duplicate(@PathVariable @IdParam OrgId orgId,
                                                         @PathVariable @IdParam WorkspaceId workspaceId,
                                                         @PathVariable @IdParam WorkflowId id,
                                                         @Authenticated Caller caller) {
        return created(duplicateWorkflow.duplicate(caller, orgId, workspaceId, id));
    }

    static MutableHttpResponse<WorkflowJson.Response> ok(Workflow workflow) {
        return ETags.tagged(HttpResponse.ok(WorkflowJson.Response.of(workflow)), workflow);
    }

    static MutableHttpResponse<WorkflowJson.Response> created(Workflow workflow) {
        return created(workflow, WorkflowJson.Response.of(workflow));
    }

    /** 201 for a new workflow, with its ETag; the body may say more than the workflow (what an import dropped). */
    static <T> MutableHttpResponse<T> created(Workflow workflow, T body) {
        return ETags.tagged(Created.at(Locations.workflow(workflow.orgId(), workflow.workspaceId(), workflow.id()),
                body), workflow);
    }
}
