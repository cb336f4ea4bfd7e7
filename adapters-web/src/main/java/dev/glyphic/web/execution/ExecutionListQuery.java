package dev.glyphic.web.execution;

import dev.glyphic.application.execution.ExecutionQuery;
import dev.glyphic.application.execution.TimeCursor;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.web.workflow.QueryChecks;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
        Instant from = v.optional("from", p.from(), ExecutionListQuery::instant);
        Instant to = v.optional("to", p.to(), ExecutionListQuery::instant);
        if (from != null && to != null && from.isAfter(to)) {
            v.add(Violation.of("to", "before_from", "to must not be before from"));
        }
        QueryChecks.check(v);
        return new ExecutionQuery(workspaceId, Optional.ofNullable(status), Optional.ofNullable(workflowId),
                Optional.ofNullable(triggerType), Optional.ofNullable(from), Optional.ofNullable(to),
                Optional.ofNullable(after).map(c -> new ExecutionQuery.Before(c.at(), c.id())), limit);
    }

    private static Instant instant(String raw) {
        try {
            Instant at = Instant.parse(raw);
            if (at.isBefore(Instant.parse("0001-01-01T00:00:00Z")) || at.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
                throw Violation.invalid("out_of_range", "must be between the years 1 and 9999");
            }
            return at;
        } catch (DateTimeParseException e) {
            throw Violation.invalid("wrong_type", "must be an ISO-8601 instant such as 2025-01-31T12:00:00Z");
        }
    }
}
