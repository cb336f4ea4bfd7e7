package dev.glyphic.persistence.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.PendingApprovals;
import dev.glyphic.application.port.out.execution.PendingApprovals.ApprovalCursor;
import dev.glyphic.application.port.out.execution.PendingApprovals.PendingApproval;
import dev.glyphic.domain.execution.NodeOutcome.WaitKind;
import dev.glyphic.domain.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link PendingApprovals} promises. */
abstract class PendingApprovalsContract {
    final ExecutionFixture f = new ExecutionFixture();
    final PendingApprovals approvals = approvals();

    /** The port under test, on the fixture's database. */
    abstract PendingApprovals approvals();

    @Test
    void theWorkspacesWaitingApprovalsComeOldestFirstWithTheirExecutions() {
        ExecutionRecord first = f.storedRunning();
        ExecutionRecord second = f.storedRunning();
        NodeRunRecord older = waiting(first, "ask", WaitKind.APPROVAL);
        NodeRunRecord newer = waiting(second, "ask", WaitKind.APPROVAL);
        waiting(first, "sleep", WaitKind.DELAY);
        f.storedRuns(f.pending(second.id(), "later"));

        List<PendingApproval> found = f.inTenant(() -> approvals.list(f.org, f.workspace, 10, Optional.empty()));

        assertEquals(List.of(new PendingApproval(first, older, older.state().scheduledAt()),
                new PendingApproval(second, newer, newer.state().scheduledAt())), found);
        ExecutionFixture elsewhere = new ExecutionFixture();
        assertEquals(List.of(), elsewhere.inTenant(() -> approvals.list(elsewhere.org, elsewhere.workspace, 10,
                Optional.empty())), "another workspace has none");
    }

    @Test
    void aPageFetchesOneMoreThanTheLimitAndTheNextStartsAfterTheCursor() {
        ExecutionRecord execution = f.storedRunning();
        List<NodeRunRecord> runs = List.of(waiting(execution, "a", WaitKind.APPROVAL),
                waiting(execution, "b", WaitKind.APPROVAL), waiting(execution, "c", WaitKind.APPROVAL));

        List<PendingApproval> first = f.inTenant(() -> approvals.list(f.org, f.workspace, 1, Optional.empty()));
        assertEquals(runs.subList(0, 2), first.stream().map(PendingApproval::nodeRun).toList(),
                "a limit of 1 fetches 2, so the caller knows a page follows");
        PendingApproval last = first.getFirst();
        ApprovalCursor after = new ApprovalCursor(last.createdAt(), last.nodeRun().state().id().value());
        List<PendingApproval> next = f.inTenant(() -> approvals.list(f.org, f.workspace, 5, Optional.of(after)));
        assertEquals(runs.subList(1, 3), next.stream().map(PendingApproval::nodeRun).toList());
    }

    /** A run waiting for {@code kind}; created (and scheduled) at its fixture tick. */
    private NodeRunRecord waiting(ExecutionRecord execution, String nodeId, WaitKind kind) {
        NodeRunRecord pending = f.pending(execution.id(), nodeId);
        Instant now = pending.state().scheduledAt();
        return f.storedRuns(pending.waiting(pending.state().start(now).waitFor(),
                new NodeRunRecord.Wait(kind, new Json.Str(nodeId)), now.plusSeconds(3600))).getFirst();
    }
}
