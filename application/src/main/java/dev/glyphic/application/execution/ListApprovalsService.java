package dev.glyphic.application.execution;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.execution.ListApprovals;
import dev.glyphic.application.port.in.execution.TimeCursor;
import dev.glyphic.application.port.out.execution.PendingApprovals.PendingApproval;
import dev.glyphic.application.port.out.execution.PendingApprovals;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import java.util.Optional;

public final class ListApprovalsService implements ListApprovals {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final PendingApprovals approvals;

    public ListApprovalsService(Transactions transactions, WorkspaceScope scope, PendingApprovals approvals) {
        this.transactions = transactions;
        this.scope = scope;
        this.approvals = approvals;
    }

    @Override
    public Page<PendingApproval> list(Caller caller, OrgId orgId, WorkspaceId workspaceId, int limit,
                                      Optional<TimeCursor> after) {
        return transactions.inTenant(orgId, () -> {
            scope.enter(caller, orgId, workspaceId, Action.READ);
            return Page.of(approvals.list(orgId, workspaceId, limit,
                            after.map(c -> new PendingApprovals.ApprovalCursor(c.at(), c.id()))), limit,
                    last -> new TimeCursor(last.createdAt(), last.nodeRun().state().id().value()).encode());
        });
    }
}
