package dev.glyphic.web.execution;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.application.port.in.execution.DecideApproval;
import dev.glyphic.application.port.out.execution.PendingApprovals.PendingApproval;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.domain.json.Json;
import dev.glyphic.web.openapi.RoleName;
import dev.glyphic.web.openapi.Timestamp;
import dev.glyphic.web.openapi.Uuid;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

public final class ApprovalJson {
    private ApprovalJson() {
    }

    /** An optional comment for the decision, up to 2,000 characters. */
    public record DecisionRequest(@Schema(maxLength = DecideApproval.MAX_COMMENT) String comment) {
    }

    public record Decided(@Uuid String nodeRunId,
                          @Schema(type = "string", allowableValues = {"approved", "rejected"}) String decision) {
        static Decided of(DecideApproval.Decided d) {
            return new Decided(d.nodeRunId().toString(), d.verdict().wireName());
        }
    }

    /** A waiting approval, with what its step asks and who may decide it. */
    public record Pending(@Uuid String nodeRunId, @Uuid String executionId, @Uuid String workflowId,
                          @Schema(maxLength = 200) String nodeId, JsonNode message, @RoleName String approverRole,
                          boolean allowSelfApproval, @Timestamp Instant requestedAt, @Timestamp Instant timeoutAt,
                          @Schema(type = "string", allowableValues = {"approve", "reject"}) String onTimeout) {
        static Pending of(PendingApproval p) {
            NodeRunRecord run = p.nodeRun();
            Json.Obj detail = run.waitFor().map(w -> w.detail() instanceof Json.Obj o ? o : Json.EMPTY_OBJECT)
                    .orElse(Json.EMPTY_OBJECT);
            return new Pending(run.state().id().toString(), p.execution().id().toString(),
                    p.execution().execution().workflowId().toString(), run.nodeId(),
                    ExecutionJson.node(detail.get("message").orElse(Json.NULL)), text(detail, "approverRole", "member"),
                    detail.get("allowSelfApproval").orElse(Json.NULL) instanceof Json.Bool(boolean allowed) && allowed,
                    run.state().startedAt().orElse(p.createdAt()), run.wakeAt().orElse(null),
                    text(detail, "onTimeout", "reject"));
        }

        private static String text(Json.Obj detail, String field, String otherwise) {
            return detail.get(field).orElse(Json.NULL) instanceof Json.Str(String value) ? value : otherwise;
        }
    }
}
