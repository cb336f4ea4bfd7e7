package dev.glyphic.application.port.out.execution;

import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Approval steps that wait for a person's decision, inside the caller's tenant transaction. */
public interface PendingApprovals {

    /**
     * Waiting approvals of a workspace, oldest first (by when their run was created), with their executions; fetches
     * {@code limit + 1} so the caller can tell if a page follows.
     */
    List<PendingApproval> list(OrgId orgId, WorkspaceId workspaceId, int limit, Optional<ApprovalCursor> after);

    /** @param createdAt when its node run was created: the key the list is ordered and paged by */
    record PendingApproval(ExecutionRecord execution, NodeRunRecord nodeRun, Instant createdAt) {
    }

    /** The position of one approval in the list (its run's creation time and id), to page on after it. */
    record ApprovalCursor(Instant createdAt, UUID nodeRunId) {
    }
}
