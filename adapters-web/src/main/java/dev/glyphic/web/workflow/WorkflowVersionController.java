package dev.glyphic.web.workflow;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.WorkflowVersions;
import dev.glyphic.application.port.out.workflow.WorkflowVersion;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.web.openapi.IdParam;
import dev.glyphic.web.openapi.IfMatchParam;
import dev.glyphic.web.openapi.LimitParam;
import dev.glyphic.web.openapi.NeedsIfMatch;
import dev.glyphic.web.openapi.Returns;
import dev.glyphic.web.openapi.ReturnsVersioned;
import dev.glyphic.web.openapi.VersionParam;
import dev.glyphic.web.problem.ProblemResponses;
import dev.glyphic.web.security.Authenticated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;

@Controller("/api/v1/orgs/{orgId}/workspaces/{workspaceId}/workflows/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "workflows")
public final class WorkflowVersionController {
    private final WorkflowVersions versions;

    public WorkflowVersionController(WorkflowVersions versions) {
        this.versions = versions;
    }

    @Get("/versions")
    @Returns
    @Operation(operationId = "listWorkflowVersions",
            summary = "A workflow's saved versions, newest first; pass nextCursor as before for older ones")
    public WorkflowVersionJson.Page list(@PathVariable @IdParam OrgId orgId,
                                         @PathVariable @IdParam WorkspaceId workspaceId,
                                         @PathVariable @IdParam WorkflowId id,
                                         @QueryValue @Nullable @LimitParam Integer limit,
                                         @QueryValue @Nullable @VersionParam String before,
                                         @Authenticated Caller caller) {
        Validation v = new Validation();
        int effective = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
        if (effective < 1 || effective > PageRequest.MAX_LIMIT) {
            v.add(Violation.of("limit", "out_of_range", "limit must be between 1 and " + PageRequest.MAX_LIMIT));
        }
        Integer beforeVersion = v.optional("before", before, WorkflowVersionController::versionNumber);
        QueryChecks.check(v);
        // One more than asked proves that an older page exists.
        List<WorkflowVersion> fetched = versions.list(caller, orgId, workspaceId, id, effective + 1,
                Optional.ofNullable(beforeVersion));
        List<WorkflowVersion> page = fetched.size() > effective ? fetched.subList(0, effective) : fetched;
        String next = fetched.size() > effective ? String.valueOf(page.get(page.size() - 1).version()) : null;
        return new WorkflowVersionJson.Page(page.stream().map(WorkflowVersionJson.Summary::of).toList(), next);
    }

    @Get("/versions/{version}")
    @Returns
    @Operation(operationId = "showWorkflowVersion", summary = "One saved version of a workflow, with its definition")
    public WorkflowVersionJson.Response show(@PathVariable @IdParam OrgId orgId,
                                             @PathVariable @IdParam WorkspaceId workspaceId,
                                             @PathVariable @IdParam WorkflowId id,
                                             @PathVariable @VersionParam String version,
                                             @Authenticated Caller caller) {
        return WorkflowVersionJson.Response.of(versions.show(caller, orgId, workspaceId, id,
                versionInPath(version)));
    }

    @Post("/versions/{version}/restore")
    @ReturnsVersioned
    @NeedsIfMatch
    @Operation(operationId = "restoreWorkflowVersion",
            summary = "Make an old version's definition the current one, as a new version (members); needs "
            + "If-Match with the workflow's ETag")
    public HttpResponse<WorkflowJson.Response> restore(@PathVariable @IdParam OrgId orgId,
                                                       @PathVariable @IdParam WorkspaceId workspaceId,
                                                       @PathVariable @IdParam WorkflowId id,
                                                       @PathVariable @VersionParam String version,
                                                       @Header(HttpHeaders.IF_MATCH) @Nullable @IfMatchParam
                                                       String ifMatch,
                                                       @Authenticated Caller caller) {
        return WorkflowController.ok(versions.restore(caller, orgId, workspaceId, id, versionInPath(version),
                ETags.expectedVersion(ifMatch)));
    }

    @Get("/diff")
    @Returns
    @Operation(operationId = "diffWorkflowVersions",
            summary = "What changed in the definition from one version to another: nodes and edges added and "
            + "removed, and the fields changed in each kept node")
    public WorkflowVersionJson.Diff diff(@PathVariable @IdParam OrgId orgId,
                                         @PathVariable @IdParam WorkspaceId workspaceId,
                                         @PathVariable @IdParam WorkflowId id,
                                         @QueryValue @Nullable @VersionParam String from,
                                         @QueryValue @Nullable @VersionParam String to, @Authenticated Caller caller) {
        Validation v = new Validation();
        Integer fromVersion = v.required("from", from, WorkflowVersionController::versionNumber);
        Integer toVersion = v.required("to", to, WorkflowVersionController::versionNumber);
        QueryChecks.check(v);
        return WorkflowVersionJson.Diff.of(fromVersion, toVersion, versions.diff(caller, orgId, workspaceId,
                id, fromVersion, toVersion));
    }

    /** A version number in a path: anything but a positive integer names no version. */
    private static int versionInPath(String raw) {
        try {
            return versionNumber(raw);
        } catch (DomainException.Invalid e) {
            throw new DomainException.NotFound("workflow version");
        }
    }

    private static int versionNumber(String raw) {
        try {
            int version = Integer.parseInt(raw);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Violation.invalid("wrong_type", "must be a version number (1, 2, …)");
    }
}
