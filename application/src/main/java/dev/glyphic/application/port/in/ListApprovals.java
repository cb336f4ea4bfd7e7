package dev.glyphic.application.port.in;

import dev.glyphic.application.auth.Caller;
import dev.glyphic.application.execution.TimeCursor;
import dev.glyphic.application.port.out.ExecutionRepository.PendingApproval;
import dev.glyphic.application.shared.Page;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import java.util.Optional;

/** A workspace's approvals that wait for a decision, oldest first. */
public interface ListApprovals {

    Page<PendingApproval> list(Caller caller, OrgId orgId, WorkspaceId workspaceId, int limit,
                               Optional<TimeCursor> after);
}
