package dev.glyphic.web.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.ImportWorkflow;
import dev.glyphic.application.port.in.workflow.ShowWorkflow;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonLimits;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.web.openapi.IdParam;
import dev.glyphic.web.openapi.Returns;
import dev.glyphic.web.openapi.ReturnsCreatedVersioned;
import dev.glyphic.web.problem.ProblemResponses;
import dev.glyphic.web.security.Authenticated;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;

/** Workflows to and from files: Glyphic's own export format, and React Flow documents. */
@Controller("/api/v1/orgs/{orgId}/workspaces/{workspaceId}/workflows")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "workflows")
public final class WorkflowTransferController {
    private static final String EXPORT_FAMILY = "glyphic.workflow/";
    private final ShowWorkflow showWorkflow;
    private final ImportWorkflow importWorkflow;

    public WorkflowTransferController(ShowWorkflow showWorkflow, ImportWorkflow importWorkflow) {
        this.showWorkflow = showWorkflow;
        this.importWorkflow = importWorkflow;
    }

    @Get("/{id}/export")
    @Returns
    @Operation(operationId = "exportWorkflow",
            summary = "A workflow as a file (format glyphic.workflow/v1) that import reads back")
    public WorkflowJson.Export export(@PathVariable @IdParam OrgId orgId,
                                      @PathVariable @IdParam WorkspaceId workspaceId,
                                      @PathVariable @IdParam WorkflowId id, @Authenticated Caller caller) {
        return WorkflowJson.Export.of(showWorkflow.show(caller, orgId, workspaceId, id));
    }

    @Post("/import")
    @Status(HttpStatus.CREATED)
    @ReturnsCreatedVersioned
    @Operation(operationId = "importWorkflow",
            summary = "Create a workflow from a file (members): format glyphic (a definition or an export file) "
            + "or react-flow; the answer lists, as JSON pointers into the file, what had no place in the workflow")
    public HttpResponse<WorkflowJson.Imported> importFile(@PathVariable @IdParam OrgId orgId,
                                                          @PathVariable @IdParam WorkspaceId workspaceId,
                                                          @Body WorkflowJson.ImportRequest body,
                                                          @Authenticated Caller caller) {
        Validation v = new Validation();
        ImportWorkflow.Format format = v.required("format", body.format(), WorkflowTransferController::format);
        Json.Obj file = v.required("definition", body.definition(), WorkflowInput::definition);
        Optional<Json.Obj> envelope = format == ImportWorkflow.Format.GLYPHIC && file != null
                ? exportEnvelope(file, v) : Optional.empty();
        String fallbackName = envelope.flatMap(e -> e.get("name")).orElse(null) instanceof Json.Str s
                ? s.value() : null;
        DisplayName name = body.name() != null ? v.required("name", body.name(), DisplayName::of)
                : v.required("name", fallbackName, WorkflowTransferController::nameFromFile);
        v.check();
        Json document = envelope.flatMap(e -> e.get("definition")).orElse(file);
        ImportWorkflow.Imported imported = importWorkflow.importFile(caller, orgId, workspaceId,
                new ImportWorkflow.Command(format, name, document, Boolean.TRUE.equals(body.draft())));
        // Pointers are into the file: inside an export file, the definition sits under /definition.
        List<String> dropped = envelope.isEmpty() ? imported.dropped()
                : imported.dropped().stream().map(p -> "/definition" + p).toList();
        var workflow = imported.workflow();
        return WorkflowController.created(workflow, new WorkflowJson.Imported(WorkflowJson.Response.of(workflow),
                dropped));
    }

    /** Request strings are checked for storable text as they are read; a name inside the file was not. */
    private static DisplayName nameFromFile(String raw) {
        if (!JsonLimits.isStorable(raw)) {
            throw Violation.invalid(JsonLimits.UNSTORABLE_TEXT, JsonLimits.unstorableTextMessage());
        }
        return DisplayName.of(raw);
    }

    private static ImportWorkflow.Format format(String raw) {
        return switch (raw) {
            case "glyphic" -> ImportWorkflow.Format.GLYPHIC;
            case "react-flow" -> ImportWorkflow.Format.REACT_FLOW;
            default -> throw Violation.invalid("not_in_enum", "format must be glyphic or react-flow");
        };
    }

    /** The file is a whole export (a {@code format} of ours and a definition inside), not a bare definition. */
    private static Optional<Json.Obj> exportEnvelope(Json.Obj file, Validation v) {
        if (!(file.get("format").orElse(null) instanceof Json.Str format)
                || !format.value().startsWith(EXPORT_FAMILY)) {
            return Optional.empty();
        }
        if (!format.value().equals(WorkflowJson.Export.FORMAT)) {
            v.add(new Violation("/definition/format", "unsupported_format", "this server reads "
                    + WorkflowJson.Export.FORMAT + " files, not " + format.value()));
            return Optional.empty();
        }
        if (!(file.get("definition").orElse(null) instanceof Json.Obj)) {
            v.add(new Violation("/definition/definition", "required", "an export file holds its definition as an "
                    + "object under definition"));
            return Optional.empty();
        }
        return Optional.of(file);
    }
}
