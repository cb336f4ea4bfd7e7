package dev.glyphic.application.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.UpdateWorkspace;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.domain.org.WorkspaceId;
import java.time.Clock;
import java.util.Map;

public final class UpdateWorkspaceService implements UpdateWorkspace {
    private final Transactions transactions;
    private final OrgAccess access;
    private final WorkspaceRepository workspaces;
    private final Auditor auditor;
    private final Clock clock;

    public UpdateWorkspaceService(Transactions transactions, OrgAccess access, WorkspaceRepository workspaces,
                                  Auditor auditor, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.workspaces = workspaces;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Workspace update(Caller caller, OrgId orgId, WorkspaceId workspaceId, Command command) {
        return transactions.inTenant(orgId, () -> {
            Acting acting = access.enter(caller, orgId).require(Action.MANAGE_WORKSPACES);
            Workspace current = workspaces.find(orgId, workspaceId).orElseThrow(WorkspaceSlugs::notFound);
            Workspace updated = current.rename(command.name().orElse(null), command.slug().orElse(null),
                    clock.instant());
            if (!workspaces.update(updated)) {
                throw WorkspaceSlugs.taken();
            }
            auditor.record(acting, AuditAction.WORKSPACE_UPDATED, "workspace", workspaceId,
                    Map.of("name", updated.name().value(), "slug", updated.slug().value()));
            return updated;
        });
    }
}
