package dev.glyphic.application.org;

import dev.glyphic.application.auth.Caller;
import dev.glyphic.application.port.in.ListWorkspaces;
import dev.glyphic.application.port.out.Transactions;
import dev.glyphic.application.port.out.WorkspaceRepository;
import dev.glyphic.application.shared.Cursors;
import dev.glyphic.application.shared.Page;
import dev.glyphic.application.shared.PageRequest;
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
