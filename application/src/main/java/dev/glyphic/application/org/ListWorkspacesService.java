package dev.glyphic.application.org;

import dev.glyphic.application.port.Cursors;
import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.ListWorkspaces;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Workspace;

public final class ListWorkspacesService implements ListWorkspaces {
    private final Transactions transactions;
    private final OrgAccess access;
    private final WorkspaceRepository workspaces;

    public ListWorkspacesService(Transactions transactions, OrgAccess access, WorkspaceRepository workspaces) {
        this.transactions = transactions;
        this.access = access;
        this.workspaces = workspaces;
    }

    @Override
    public Page<Workspace> list(Caller caller, OrgId orgId, PageRequest page) {
        return transactions.inTenant(orgId, () -> {
            access.enter(caller, orgId).require(Action.READ);
            return Page.of(workspaces.list(orgId, page), page, w -> Cursors.encode(w.id().value()));
        });
    }
}
