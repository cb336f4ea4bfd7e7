package dev.glyphic.web.execution;

import dev.glyphic.application.port.in.execution.TimeCursor;
import dev.glyphic.application.port.out.execution.ExecutionQuery;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.Instants;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.web.workflow.QueryChecks;
import java.time.Instant;
import java.util.Optional;

/** The query string of {@code GET …/executions}; every bad value is reported at once, as a 400 naming it. */
final class ExecutionListQuery {
    private ExecutionListQuery() {
    }

    record Params(Integer limit, String cursor, String status, String workflowId, String triggerType, String from,
                  String to) {
    }

    static ExecutionQuery parse(WorkspaceId workspaceId, Params p) {
        Validation v = new Validation();
        int limit = TimePage.read(v, p.limit());
        TimeCursor after = TimePage.cursor(v, p.cursor());
        ExecutionStatus status = v.optional("status", p.status(), ExecutionStatus::parse);
        WorkflowId workflowId = v.optional("workflowId", p.workflowId(), WorkflowId::parse);
        TriggerType triggerType = v.optional("triggerType", p.triggerType(), TriggerType::parse);
        Instant from = v.optional("from", p.from(), Instants::parse);
        Instant to = v.optional("to", p.to(), Instants::parse);
        if (from != null && to != null && from.isAfter(to)) {
            v.add(Violation.of("to", "before_from", "to must not be before from"));
        }
        QueryChecks.check(v);
        return new ExecutionQuery(workspaceId, Optional.ofNullable(status), Optional.ofNullable(workflowId),
                Optional.ofNullable(triggerType), Optional.ofNullable(from), Optional.ofNullable(to),
                Optional.ofNullable(after).map(c -> new ExecutionQuery.Before(c.at(), c.id())), limit);
    }
}
