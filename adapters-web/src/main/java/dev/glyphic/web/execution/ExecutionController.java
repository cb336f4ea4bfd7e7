package dev.glyphic.web.execution;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.execution.CancelExecution;
import dev.glyphic.application.port.in.execution.ListExecutionLogs;
import dev.glyphic.application.port.in.execution.ListExecutions;
import dev.glyphic.application.port.in.execution.ReplayExecution;
import dev.glyphic.application.port.in.execution.RetryExecution;
import dev.glyphic.application.port.in.execution.RunWorkflow;
import dev.glyphic.application.port.in.execution.ShowExecution;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.web.openapi.CursorParam;
import dev.glyphic.web.openapi.IdParam;
import dev.glyphic.web.openapi.InstantParam;
import dev.glyphic.web.openapi.LimitParam;
import dev.glyphic.web.openapi.Returns;
import dev.glyphic.web.openapi.ReturnsCreated;
import dev.glyphic.web.problem.ProblemResponses;
import dev.glyphic.web.security.Authenticated;
import dev.glyphic.web.support.Created;
import dev.glyphic.web.support.Locations;
import dev.glyphic.web.support.PageJson;
import dev.glyphic.web.workflow.JsonTree;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
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
import java.util.List;
import java.util.Optional;

@Controller("/api/v1/orgs/{orgId}/workspaces/{workspaceId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "executions")
public final class ExecutionController {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY = 200;

    private final RunWorkflow runWorkflow;
    private final ListExecutions listExecutions;
    private final ShowExecution showExecution;
    private final ListExecutionLogs listLogs;
    private final CancelExecution cancelExecution;
    private final RetryExecution retryExecution;
    private final ReplayExecution replayExecution;

    public ExecutionController(RunWorkflow runWorkflow, ListExecutions listExecutions, ShowExecution showExecution,
                               ListExecutionLogs listLogs, CancelExecution cancelExecution,
                               RetryExecution retryExecution, ReplayExecution replayExecution) {
        this.runWorkflow = runWorkflow;
        this.listExecutions = listExecutions;
        this.showExecution = showExecution;
        this.listLogs = listLogs;
        this.cancelExecution = cancelExecution;
        this.retryExecution = retryExecution;
        this.replayExecution = replayExecution;
    }

    @Post("/workflows/{workflowId}/executions")
    @Status(HttpStatus.CREATED)
    @ReturnsCreated
    @ReturnsReplayed
    @Operation(operationId = "runWorkflow",
            summary = "Run a workflow's current version (members) with {input}; an Idempotency-Key header makes "
            + "a repeat answer 200 with the execution the first request started (Idempotent-Replayed: true)")
    public HttpResponse<ExecutionJson.Response> run(@PathVariable @IdParam OrgId orgId,
                                                    @PathVariable @IdParam WorkspaceId workspaceId,
                                                    @PathVariable @IdParam WorkflowId workflowId,
                                                    @Header(IDEMPOTENCY_KEY) @Nullable
                                                    @Parameter(description = "A repeat with the same key answers the "
                                                            + "execution the first request started",
                                                            schema = @Schema(type = "string", maxLength = MAX_KEY))
                                                    String idempotencyKey,
                                                    @Body @Nullable ExecutionJson.RunRequest body,
                                                    @Authenticated Caller caller) {
        Optional<String> key = idempotencyKey(idempotencyKey);
        Json input = body == null || body.input() == null ? Json.NULL : JsonTree.toJson(body.input());
        RunWorkflow.Outcome outcome = runWorkflow.run(caller, orgId, workspaceId, workflowId,
                new RunWorkflow.Command(input, key));
        return switch (outcome) {
            case RunWorkflow.Outcome.Started started -> created(started.execution());
            case RunWorkflow.Outcome.Repeated repeated -> HttpResponse.ok(ExecutionJson.Response.of(
                    repeated.execution())).header(REPLAYED, "true");
        };
    }

    @Get("/executions")
    @Returns
    @Operation(operationId = "listExecutions",
            summary = "A workspace's executions, newest first; filter by status, workflowId, triggerType and "
            + "creation time in [from, to)")
    public PageJson<ExecutionJson.Response> list(@PathVariable @IdParam OrgId orgId,
                                                 @PathVariable @IdParam WorkspaceId workspaceId,
                                                 @QueryValue @Nullable @LimitParam Integer limit,
                                                 @QueryValue @Nullable @CursorParam String cursor,
                                                 @QueryValue @Nullable @Parameter(schema = @Schema(type = "string",
                                                 allowableValues = {"queued", "running", "waiting", "succeeded",
                                                         "failed", "cancelled", "timed_out"})) String status,
                                                 @QueryValue @Nullable @IdParam String workflowId,
                                                 @QueryValue @Nullable @Parameter(schema = @Schema(type = "string",
                                                 allowableValues = {"manual", "webhook", "schedule", "event",
                                                         "campaign", "replay"})) String triggerType,
                                                 @QueryValue @Nullable @InstantParam String from,
                                                 @QueryValue @Nullable @InstantParam String to,
                                                 @Authenticated Caller caller) {
        var query = ExecutionListQuery.parse(workspaceId, new ExecutionListQuery.Params(limit, cursor, status,
                workflowId, triggerType, from, to));
        return PageJson.of(listExecutions.list(caller, orgId, query), ExecutionJson.Response::of);
    }

    @Get("/executions/{id}")
    @Returns
    @Operation(operationId = "showExecution", summary = "One execution with its node runs")
    public ExecutionJson.Detail show(@PathVariable @IdParam OrgId orgId, @PathVariable @IdParam WorkspaceId workspaceId,
                                     @PathVariable @IdParam ExecutionId id, @Authenticated Caller caller) {
        return ExecutionJson.Detail.of(showExecution.show(caller, orgId, workspaceId, id));
    }

    @Get("/executions/{id}/logs")
    @Returns
    @Operation(operationId = "listExecutionLogs", summary = "An execution's log lines, oldest first")
    public PageJson<ExecutionJson.LogLine> logs(@PathVariable @IdParam OrgId orgId,
                                                @PathVariable @IdParam WorkspaceId workspaceId,
                                                @PathVariable @IdParam ExecutionId id,
                                                @QueryValue @Nullable @LimitParam Integer limit,
                                                @QueryValue @Nullable @CursorParam String cursor,
                                                @Authenticated Caller caller) {
        TimePage page = TimePage.parse(limit, cursor);
        return PageJson.of(listLogs.logs(caller, orgId, workspaceId, id, page.limit(), page.after()),
                ExecutionJson.LogLine::of);
    }

    @Post("/executions/{id}/cancel")
    @Returns
    @Operation(operationId = "cancelExecution",
            summary = "Cancel an execution that has not ended (members); 409 execution-final once it has")
    public ExecutionJson.Response cancel(@PathVariable @IdParam OrgId orgId,
                                         @PathVariable @IdParam WorkspaceId workspaceId,
                                         @PathVariable @IdParam ExecutionId id, @Authenticated Caller caller) {
        return ExecutionJson.Response.of(cancelExecution.cancel(caller, orgId, workspaceId, id));
    }

    @Post("/executions/{id}/retry")
    @Returns
    @Operation(operationId = "retryExecution",
            summary = "Retry a failed execution from its failed node (members); it is queued again")
    public ExecutionJson.Response retry(@PathVariable @IdParam OrgId orgId,
                                        @PathVariable @IdParam WorkspaceId workspaceId,
                                        @PathVariable @IdParam ExecutionId id, @Authenticated Caller caller) {
        return ExecutionJson.Response.of(retryExecution.retry(caller, orgId, workspaceId, id));
    }

    @Post("/executions/{id}/replay")
    @Status(HttpStatus.CREATED)
    @ReturnsCreated
    @Operation(operationId = "replayExecution",
            summary = "Run an execution again as a new one (members), with the same input, on the pinned "
            + "version (default) or the latest: {version: pinned | latest}")
    public HttpResponse<ExecutionJson.Response> replay(@PathVariable @IdParam OrgId orgId,
                                                       @PathVariable @IdParam WorkspaceId workspaceId,
                                                       @PathVariable @IdParam ExecutionId id,
                                                       @Body @Nullable ExecutionJson.ReplayRequest body,
                                                       @Authenticated Caller caller) {
        Validation v = new Validation();
        ReplayExecution.Version version = v.optional("version", body == null ? null : body.version(),
                ExecutionController::version);
        v.check();
        return created(replayExecution.replay(caller, orgId, workspaceId, id,
                version == null ? ReplayExecution.Version.PINNED : version));
    }

    private static ReplayExecution.Version version(String raw) {
        return switch (raw) {
            case "pinned" -> ReplayExecution.Version.PINNED;
            case "latest" -> ReplayExecution.Version.LATEST;
            default -> throw Violation.invalid("not_in_enum", "version must be pinned or latest");
        };
    }

    /** 1 to 200 printable ASCII characters; anything else is a malformed request. */
    private static Optional<String> idempotencyKey(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        boolean printable = raw.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
        if (raw.isEmpty() || raw.length() > MAX_KEY || !printable) {
            throw new DomainException.BadQuery(List.of(Violation.of(IDEMPOTENCY_KEY, "invalid_idempotency_key",
                    "the Idempotency-Key header must be 1 to " + MAX_KEY + " printable ASCII characters")));
        }
        return Optional.of(raw);
    }

    private static HttpResponse<ExecutionJson.Response> created(ExecutionRecord execution) {
        return Created.at(Locations.execution(execution.execution().orgId(), execution.execution().workspaceId(),
                execution.id()), ExecutionJson.Response.of(execution));
    }
}
