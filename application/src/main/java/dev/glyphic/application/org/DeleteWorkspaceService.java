package dev.glyphic.application.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.DeleteWorkspace;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.domain.org.WorkspaceId;
import java.util.Map;

public final class DeleteWorkspaceService implements DeleteWorkspace {
    private final Transactions transactions;
    private final OrgAccess access;
    private final WorkspaceRepository workspaces;
    private final Auditor auditor;

    public DeleteWorkspaceService(Transactions transactions, OrgAccess access, WorkspaceRepository workspaces,
                                  Auditor auditor) {
        this.transactions = transactions;
        this.access = access;
        this.workspaces = workspaces;
        this.auditor = auditor;
    }

    @Override
    public void delete(Caller caller, OrgId orgId, WorkspaceId workspaceId) {
        transactions.inTenant(orgId, () -> {
            Acting acting = access.enter(caller, orgId).require(Action.MANAGE_WORKSPACES);
            Workspace workspace = workspaces.find(orgId, workspaceId).orElseThrow(WorkspaceSlugs::notFound);
            workspaces.delete(orgId, workspaceId);
            auditor.record(acting, AuditAction.WORKSPACE_DELETED, "workspace", workspaceId,
                    Map.of("slug", workspace.slug().value()));
            return null;
        });
    }
}
