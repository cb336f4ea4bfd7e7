package dev.glyphic.web.workflow;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.workflow.CreateTemplate;
import dev.glyphic.application.port.in.workflow.CreateWorkflowFromTemplate;
import dev.glyphic.application.port.in.workflow.DeleteTemplate;
import dev.glyphic.application.port.in.workflow.ListTemplates;
import dev.glyphic.application.port.in.workflow.SaveWorkflowAsTemplate;
import dev.glyphic.application.port.in.workflow.ShowTemplate;
import dev.glyphic.application.port.in.workflow.TemplateDetails;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.workflow.WorkflowTemplate;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.domain.workflow.TemplateId;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.web.openapi.CursorParam;
import dev.glyphic.web.openapi.IdParam;
import dev.glyphic.web.openapi.LimitParam;
import dev.glyphic.web.openapi.Returns;
import dev.glyphic.web.openapi.ReturnsCreated;
import dev.glyphic.web.openapi.ReturnsCreatedVersioned;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/** Templates of an organization and the public ones of every organization; workflows saved as and made from them. */
@Controller("/api/v1/orgs/{orgId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "templates")
public final class TemplateController {
    private final CreateTemplate createTemplate;
    private final SaveWorkflowAsTemplate saveWorkflowAsTemplate;
    private final ListTemplates listTemplates;
    private final ShowTemplate showTemplate;
    private final DeleteTemplate deleteTemplate;
    private final CreateWorkflowFromTemplate createWorkflowFromTemplate;

    public TemplateController(CreateTemplate createTemplate, SaveWorkflowAsTemplate saveWorkflowAsTemplate,
                              ListTemplates listTemplates, ShowTemplate showTemplate, DeleteTemplate deleteTemplate,
                              CreateWorkflowFromTemplate createWorkflowFromTemplate) {
        this.createTemplate = createTemplate;
        this.saveWorkflowAsTemplate = saveWorkflowAsTemplate;
        this.listTemplates = listTemplates;
        this.showTemplate = showTemplate;
        this.deleteTemplate = deleteTemplate;
        this.createWorkflowFromTemplate = createWorkflowFromTemplate;
    }

    @Post("/templates")
    @Status(HttpStatus.CREATED)
    @ReturnsCreated
    @Operation(operationId = "createTemplate",
            summary = "Create a template (members; publishing a public one takes an admin); it must be a valid "
            + "definition that refers to no other workflow")
    public HttpResponse<TemplateJson.Response> create(@PathVariable @IdParam OrgId orgId,
                                                      @Body TemplateJson.CreateRequest body,
                                                      @Authenticated Caller caller) {
        Validation v = new Validation();
        TemplateDetails details = details(v, body.name(), body.description(), body.category(), body.shared());
        Json.Obj definition = v.required("definition", body.definition(), WorkflowInput::definition);
        v.check();
        return created(orgId, createTemplate.create(caller, orgId, details, definition));
    }

    @Post("/workspaces/{workspaceId}/workflows/{id}/save-as-template")
    @Status(HttpStatus.CREATED)
    @ReturnsCreated
    @Operation(operationId = "saveWorkflowAsTemplate",
            summary = "Save a workflow's current definition as a template (members; public takes an admin)")
    public HttpResponse<TemplateJson.Response> saveAs(@PathVariable @IdParam OrgId orgId,
                                                      @PathVariable @IdParam WorkspaceId workspaceId,
                                                      @PathVariable @IdParam WorkflowId id,
                                                      @Body TemplateJson.SaveAsRequest body,
                                                      @Authenticated Caller caller) {
        Validation v = new Validation();
        TemplateDetails details = details(v, body.name(), body.description(), body.category(), body.shared());
        v.check();
        return created(orgId, saveWorkflowAsTemplate.save(caller, orgId, workspaceId, id, details));
    }

    @Get("/templates")
    @Returns
    @Operation(operationId = "listTemplates",
            summary = "The organization's templates and every public one, without definitions; filter by category")
    public PageJson<TemplateJson.Summary> list(@PathVariable @IdParam OrgId orgId,
                                               @QueryValue @Nullable @Parameter(schema = @Schema(type = "string",
                                               maxLength = 50)) String category,
                                               @QueryValue @Nullable @LimitParam Integer limit,
                                               @QueryValue @Nullable @CursorParam String cursor,
                                               @Authenticated Caller caller) {
        Validation v = new Validation();
        String wanted = v.optional("category", category, WorkflowInput::category);
        QueryChecks.check(v);
        PageRequest page = PageRequest.parse(limit, cursor);
        return PageJson.of(listTemplates.list(caller, orgId, Optional.ofNullable(wanted), page),
                TemplateJson.Summary::of);
    }

    @Get("/templates/{id}")
    @Returns
    @Operation(operationId = "showTemplate",
            summary = "One template with its definition: the organization's own, or a public one")
    public TemplateJson.Response show(@PathVariable @IdParam OrgId orgId, @PathVariable @IdParam TemplateId id,
                                      @Authenticated Caller caller) {
        return TemplateJson.Response.of(showTemplate.show(caller, orgId, id));
    }

    @Delete("/templates/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @ReturnsNoContent
    @Operation(operationId = "deleteTemplate",
            summary = "Delete one of the organization's templates (members; a public one takes an admin)")
    public void delete(@PathVariable @IdParam OrgId orgId, @PathVariable @IdParam TemplateId id,
                       @Authenticated Caller caller) {
        deleteTemplate.delete(caller, orgId, id);
    }

    @Post("/workspaces/{workspaceId}/workflows/from-template")
    @Status(HttpStatus.CREATED)
    @ReturnsCreatedVersioned
    @Operation(operationId = "createWorkflowFromTemplate",
            summary = "Create an inactive workflow in the workspace from a template (members)")
    public HttpResponse<WorkflowJson.Response> instantiate(@PathVariable @IdParam OrgId orgId,
                                                           @PathVariable @IdParam WorkspaceId workspaceId,
                                                           @Body TemplateJson.InstantiateRequest body,
                                                           @Authenticated Caller caller) {
        Validation v = new Validation();
        TemplateId template = v.required("templateId", body.templateId(), TemplateId::parse);
        DisplayName name = v.required("name", body.name(), DisplayName::of);
        v.check();
        Workflow workflow = createWorkflowFromTemplate.create(caller, orgId, workspaceId, template, name);
        return WorkflowController.created(workflow);
    }

    private static TemplateDetails details(Validation v, String rawName, String rawDescription, String rawCategory,
                                           Boolean shared) {
        DisplayName name = v.required("name", rawName, DisplayName::of);
        String description = v.optional("description", rawDescription, WorkflowInput::description);
        String category = v.optional("category", rawCategory, WorkflowInput::category);
        return name == null ? null : new TemplateDetails(name, description == null ? "" : description,
                category == null ? "" : category, Boolean.TRUE.equals(shared));
    }

    private static HttpResponse<TemplateJson.Response> created(OrgId org, WorkflowTemplate template) {
        return Created.at(Locations.template(org, template.id()), TemplateJson.Response.of(template));
    }
}
