package dev.glyphic.application.execution;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.execution.ListExecutionLogs;
import dev.glyphic.application.port.in.execution.TimeCursor;
import dev.glyphic.application.port.out.execution.ExecutionLogs;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.LogEntry;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import java.util.Optional;

public final class ListExecutionLogsService implements ListExecutionLogs {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final ExecutionLogs logs;
    private final WorkspaceExecutions inWorkspace;

    public ListExecutionLogsService(Transactions transactions, WorkspaceScope scope, WorkspaceExecutions inWorkspace,
                                    ExecutionLogs logs) {
        this.transactions = transactions;
        this.scope = scope;
        this.logs = logs;
        this.inWorkspace = inWorkspace;
    }

    @Override
    public Page<LogEntry> logs(Caller caller, OrgId orgId, WorkspaceId workspaceId, ExecutionId id, int limit,
                               Optional<TimeCursor> after) {
        return transactions.inTenant(orgId, () -> {
            scope.enter(caller, orgId, workspaceId, Action.READ);
            inWorkspace.find(orgId, workspaceId, id);
            return Page.of(logs.list(orgId, id, after.map(c -> new ExecutionLogs.LogCursor(c.at(), c.id())),
                    Page.fetchSize(limit)), limit, last -> new TimeCursor(last.at(), last.id()).encode());
        });
    }
}
