package dev.glyphic.application.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.ShowWorkspace;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.domain.org.WorkspaceId;

public final class ShowWorkspaceService implements ShowWorkspace {
    private final Transactions transactions;
    private final OrgAccess access;
    private final WorkspaceRepository workspaces;

    public ShowWorkspaceService(Transactions transactions, OrgAccess access, WorkspaceRepository workspaces) {
        this.transactions = transactions;
        this.access = access;
        this.workspaces = workspaces;
    }

    @Override
    public Workspace show(Caller caller, OrgId orgId, WorkspaceId workspaceId) {
        return transactions.inTenant(orgId, () -> {
            access.enter(caller, orgId).require(Action.READ);
            return workspaces.find(orgId, workspaceId).orElseThrow(WorkspaceSlugs::notFound);
        });
    }
}
