package dev.glyphic.persistence.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.WorkQueue;
import dev.glyphic.application.port.out.execution.WorkQueue.Claim;
import dev.glyphic.application.port.out.execution.WorkQueue.Claimed;
import dev.glyphic.application.port.out.execution.WorkerId;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.execution.NodeRunStatus;
import dev.glyphic.persistence.testing.TestData;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkQueue} promises about leases. The queue is shared by every org of the test database, so
 * these look only at their own org's runs among what a claim hands out.
 */
abstract class WorkQueueContract {
    private static final Duration LEASE = Duration.ofMinutes(1);

    final ExecutionFixture f = new ExecutionFixture();
    final WorkQueue queue = queue();
    final ExecutionRecord execution = f.storedRunning();

    /** The port under test, on the fixture's database. */
    abstract WorkQueue queue();

    @Test
    void aDuePendingRunIsLeasedToTheClaimingWorkerOnce() {
        NodeRunRecord due = f.storedRuns(f.pending(execution.id(), "a")).getFirst();
        WorkerId worker = new WorkerId("worker-" + TestData.unique());

        List<Claim> mine = mine(queue.claim(worker, 1_000, LEASE));

        assertEquals(List.of(new Claim(f.org, due.state().id(), execution.id(), Claimed.PENDING)), mine);
        NodeRunRecord leased = f.inTenant(() -> f.nodeRuns.find(f.org, due.state().id())).orElseThrow();
        assertEquals(NodeRunStatus.RUNNING, leased.state().status());
        assertEquals(1, TestData.count("select count(*) from node_runs where id = ? and locked_by = ?",
                due.state().id().value(), worker.value()));
        assertEquals(List.of(), mine(queue.claim(new WorkerId("another-" + TestData.unique()), 1_000, LEASE)),
                "a leased run is not handed out again");
    }

    @Test
    void renewalExtendsOnlyTheLeasesTheWorkerStillHolds() {
        NodeRunRecord a = f.storedRuns(f.pending(execution.id(), "a")).getFirst();
        NodeRunRecord b = f.storedRuns(f.pending(execution.id(), "b")).getFirst();
        f.claimed(a, "worker-1");
        f.claimed(b, "worker-2");
        NodeRunId mine = a.state().id();
        NodeRunId theirs = b.state().id();

        assertEquals(Set.of(mine), queue.renew(new WorkerId("worker-1"), List.of(mine, theirs), LEASE));
        assertEquals(Set.of(), queue.renew(new WorkerId("worker-1"), List.of(), LEASE));
    }

    @Test
    void aRunningExecutionPastItsDeadlineIsOverdueAndOneWithinItIsNot() {
        ExecutionRecord late = f.storedRunning();
        ExecutionFixture.superuser("update executions set deadline_at = now() - interval '1 minute' where id = ?",
                late.id().value());
        ExecutionFixture.superuser("update executions set deadline_at = now() + interval '1 hour' where id = ?",
                execution.id().value());

        List<WorkQueue.ExecutionRef> overdue = queue.overdue(1_000);

        assertTrue(overdue.contains(new WorkQueue.ExecutionRef(f.org, late.id())), "past its deadline");
        assertTrue(overdue.stream().noneMatch(ref -> ref.executionId().equals(execution.id())), "within it");
    }

    private List<Claim> mine(List<Claim> claims) {
        return claims.stream().filter(c -> c.orgId().equals(f.org)).toList();
    }
}
