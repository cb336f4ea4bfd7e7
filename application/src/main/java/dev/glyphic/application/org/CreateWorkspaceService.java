package dev.glyphic.application.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.CreateWorkspace;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.util.Map;

public final class CreateWorkspaceService implements CreateWorkspace {
    private final Transactions transactions;
    private final OrgAccess access;
    private final WorkspaceRepository workspaces;
    private final Auditor auditor;
    private final Clock clock;

    public CreateWorkspaceService(Transactions transactions, OrgAccess access, WorkspaceRepository workspaces,
                                  Auditor auditor, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.workspaces = workspaces;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Workspace create(Caller caller, OrgId orgId, Command command) {
        return transactions.inTenant(orgId, () -> {
            Acting acting = access.enter(caller, orgId).require(Action.MANAGE_WORKSPACES);
            Workspace workspace = Workspace.open(orgId, command.name(), command.slug(), clock.instant());
            if (!workspaces.insert(workspace)) {
                throw WorkspaceSlugs.taken();
            }
            auditor.record(acting, AuditAction.WORKSPACE_CREATED, "workspace", workspace.id(),
                    Map.of("slug", workspace.slug().value()));
            return workspace;
        });
    }
}
