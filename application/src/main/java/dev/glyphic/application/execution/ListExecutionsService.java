package dev.glyphic.application.execution;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.execution.ListExecutions;
import dev.glyphic.application.port.in.execution.TimeCursor;
import dev.glyphic.application.port.out.execution.ExecutionQuery;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;

public final class ListExecutionsService implements ListExecutions {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final Executions executions;

    public ListExecutionsService(Transactions transactions, WorkspaceScope scope, Executions executions) {
        this.transactions = transactions;
        this.scope = scope;
        this.executions = executions;
    }

    @Override
    public Page<ExecutionRecord> list(Caller caller, OrgId orgId, ExecutionQuery query) {
        return transactions.inTenant(orgId, () -> {
            scope.enter(caller, orgId, query.workspaceId(), Action.READ);
            return Page.of(executions.list(orgId, query), query.limit(),
                    last -> new TimeCursor(last.execution().createdAt(), last.id().value()).encode());
        });
    }
}
