package dev.glyphic.web.execution;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.execution.DecideApproval;
import dev.glyphic.application.port.in.execution.ListApprovals;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.domain.shared.Violation;
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

@Controller("/api/v1/orgs/{orgId}/workspaces/{workspaceId}/approvals")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "approvals")
public final class ApprovalController {
    private final ListApprovals listApprovals;
    private final DecideApproval decideApproval;

    public ApprovalController(ListApprovals listApprovals, DecideApproval decideApproval) {
        this.listApprovals = listApprovals;
        this.decideApproval = decideApproval;
    }

    @Get
    @Returns
    @Operation(operationId = "listApprovals",
            summary = "The workspace's approvals waiting for a decision, oldest first")
    public PageJson<ApprovalJson.Pending> list(@PathVariable @IdParam OrgId orgId,
                                               @PathVariable @IdParam WorkspaceId workspaceId,
                                               @QueryValue @Nullable @LimitParam Integer limit,
                                               @QueryValue @Nullable @CursorParam String cursor,
                                               @Authenticated Caller caller) {
        TimePage page = TimePage.parse(limit, cursor);
        return PageJson.of(listApprovals.list(caller, orgId, workspaceId, page.limit(), page.after()),
                ApprovalJson.Pending::of);
    }

    @Post("/{nodeRunId}/approve")
    @Returns
    @Operation(operationId = "approve",
            summary = "Approve (members with at least the approval's approverRole); the starter of the run may "
            + "not unless the step allows self-approval (403 self-approval); 409 approval-closed once decided")
    public ApprovalJson.Decided approve(@PathVariable @IdParam OrgId orgId,
                                        @PathVariable @IdParam WorkspaceId workspaceId,
                                        @PathVariable @IdParam NodeRunId nodeRunId,
                                        @Body @Nullable ApprovalJson.DecisionRequest body,
                                        @Authenticated Caller caller) {
        return decide(orgId, workspaceId, nodeRunId, body, DecideApproval.Verdict.APPROVED, caller);
    }

    @Post("/{nodeRunId}/reject")
    @Returns
    @Operation(operationId = "reject", summary = "Reject, under the same rules as approving")
    public ApprovalJson.Decided reject(@PathVariable @IdParam OrgId orgId,
                                       @PathVariable @IdParam WorkspaceId workspaceId,
                                       @PathVariable @IdParam NodeRunId nodeRunId,
                                       @Body @Nullable ApprovalJson.DecisionRequest body,
                                       @Authenticated Caller caller) {
        return decide(orgId, workspaceId, nodeRunId, body, DecideApproval.Verdict.REJECTED, caller);
    }

    private ApprovalJson.Decided decide(OrgId orgId, WorkspaceId workspaceId, NodeRunId nodeRunId,
                                        ApprovalJson.DecisionRequest body, DecideApproval.Verdict verdict,
                                        Caller caller) {
        Validation v = new Validation();
        String comment = v.optional("comment", body == null ? null : body.comment(), ApprovalController::comment);
        v.check();
        return ApprovalJson.Decided.of(decideApproval.decide(caller, orgId, workspaceId, nodeRunId,
                new DecideApproval.Command(verdict, Optional.ofNullable(comment))));
    }

    private static String comment(String raw) {
        String value = raw.strip();
        if (value.length() > DecideApproval.MAX_COMMENT) {
            throw Violation.invalid("too_long", "must be at most " + DecideApproval.MAX_COMMENT + " characters");
        }
        return value.isEmpty() ? null : value;
    }
}
