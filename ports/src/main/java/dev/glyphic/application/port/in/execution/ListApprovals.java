package dev.glyphic.application.port.in.execution;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.execution.PendingApprovals.PendingApproval;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import java.util.Optional;

/** A workspace's approvals that wait for a decision, oldest first. */
public interface ListApprovals {

    Page<PendingApproval> list(Caller caller, OrgId orgId, WorkspaceId workspaceId, int limit,
                               Optional<TimeCursor> after);
}
