package dev.glyphic.application.workflow;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.workflow.ListWorkflows;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowCursor;
import dev.glyphic.application.port.out.workflow.WorkflowQuery;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.application.port.out.workflow.WorkflowSummary;
import dev.glyphic.domain.access.Action;
import java.util.Locale;

public final class ListWorkflowsService implements ListWorkflows {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final WorkflowRepository workflows;

    public ListWorkflowsService(Transactions transactions, WorkspaceScope scope, WorkflowRepository workflows) {
        this.transactions = transactions;
        this.scope = scope;
        this.workflows = workflows;
    }

    @Override
    public Page<WorkflowSummary> list(Caller caller, WorkflowQuery query) {
        return transactions.inTenant(query.orgId(), () -> {
            scope.enter(caller, query.orgId(), query.workspaceId(), Action.READ);
            return Page.of(workflows.list(query), query.limit(), last -> cursorAfter(last, query.sort()).encode());
        });
    }

    static WorkflowCursor cursorAfter(WorkflowSummary last, WorkflowQuery.Sort sort) {
        String key = switch (sort) {
            case UPDATED_AT -> last.updatedAt().toString();
            case NAME -> last.name().value().toLowerCase(Locale.ROOT);
        };
        return new WorkflowCursor(sort, key, last.id().value());
    }
}
