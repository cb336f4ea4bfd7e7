package dev.glyphic.persistence.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.NodeRuns;
import dev.glyphic.application.port.out.execution.WorkerId;
import dev.glyphic.domain.execution.NodeOutcome.WaitKind;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.persistence.testing.TestData;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link NodeRuns} promises. */
abstract class NodeRunsContract {
    final ExecutionFixture f = new ExecutionFixture();
    final NodeRuns nodeRuns = nodeRuns();
    final ExecutionRecord execution = f.storedRunning();

    /** The port under test, on the fixture's database. */
    abstract NodeRuns nodeRuns();

    @Test
    void insertedRunsReadBackAsWrittenInTheOrderTheyWereCreated() {
        NodeRunRecord a = f.pending(execution.id(), "a");
        NodeRunRecord b = f.pending(execution.id(), "b");

        f.inTenant(() -> nodeRuns.insert(f.org, List.of(a, b)));

        assertEquals(List.of(a, b), f.inTenant(() -> nodeRuns.ofExecution(f.org, execution.id())));
        assertEquals(Optional.of(b), f.inTenant(() -> nodeRuns.find(f.org, b.state().id())));
        assertEquals(Optional.empty(), f.inTenant(() -> nodeRuns.find(f.org, NodeRunId.random())));
        f.inTenant(() -> nodeRuns.insert(f.org, List.of()));
    }

    @Test
    void updateHeldWritesOnlyWhileTheWorkerStillHoldsTheRun() {
        NodeRunRecord pending = f.storedRuns(f.pending(execution.id(), "a")).getFirst();
        NodeRunRecord running = f.claimed(pending, "worker-1");
        NodeRunRecord done = running.succeeded(running.state().succeed(f.tick()), new Json.Str("out"),
                Set.of("next"));

        assertFalse(f.inTenant(() -> nodeRuns.updateHeld(f.org, done, new WorkerId("worker-2"))),
                "another worker's run is left alone");
        assertEquals(Optional.of(running), f.inTenant(() -> nodeRuns.find(f.org, running.state().id())));
        assertTrue(f.inTenant(() -> nodeRuns.updateHeld(f.org, done, new WorkerId("worker-1"))));
        assertEquals(Optional.of(done), f.inTenant(() -> nodeRuns.find(f.org, running.state().id())));
        assertEquals(0, TestData.count("select count(*) from node_runs where id = ? and locked_by is not null",
                done.state().id().value()), "a run that ended gives up its lease");
        assertFalse(f.inTenant(() -> nodeRuns.updateHeld(f.org, done, new WorkerId("worker-1"))),
                "once it no longer runs, nobody holds it");
    }

    @Test
    void updateWritesRunsNoWorkerHolds() {
        NodeRunRecord a = f.pending(execution.id(), "a");
        NodeRunRecord b = f.pending(execution.id(), "b");
        f.storedRuns(a, b);
        Instant now = TestData.now();
        NodeRunRecord cancelledA = a.with(a.state().cancel(now));
        NodeRunRecord cancelledB = b.with(b.state().cancel(now));

        f.inTenant(() -> nodeRuns.update(f.org, List.of(cancelledA, cancelledB)));

        assertEquals(List.of(cancelledA, cancelledB), f.inTenant(() -> nodeRuns.ofExecution(f.org, execution.id())));
    }

    @Test
    void deleteRemovesOnlyTheNamedRuns() {
        NodeRunRecord a = f.pending(execution.id(), "a");
        NodeRunRecord b = f.pending(execution.id(), "b");
        f.storedRuns(a, b);

        f.inTenant(() -> nodeRuns.delete(f.org, List.of(a.state().id())));
        f.inTenant(() -> nodeRuns.delete(f.org, List.of()));

        assertEquals(List.of(b), f.inTenant(() -> nodeRuns.ofExecution(f.org, execution.id())));
    }

    @Test
    void parkedPendingRunsReadAsParkedAndAreWrittenBackParked() {
        NodeRunRecord pending = f.storedRuns(f.pending(execution.id(), "a")).getFirst();
        NodeRunRecord waiting = waitingRun("b");

        f.inTenant(() -> nodeRuns.parkUntilAdmitted(f.org, execution.id()));

        NodeRunRecord parked = f.inTenant(() -> nodeRuns.find(f.org, pending.state().id())).orElseThrow();
        assertEquals(NodeRuns.PARKED, parked.state().scheduledAt());
        assertEquals(Optional.of(waiting), f.inTenant(() -> nodeRuns.find(f.org, waiting.state().id())),
                "only pending runs are parked");
        f.inTenant(() -> nodeRuns.update(f.org, List.of(parked)));
        assertEquals(1, TestData.count("select count(*) from node_runs where id = ? and scheduled_at = 'infinity'",
                pending.state().id().value()), "a parked run written back stays unclaimable");
    }

    @Test
    void resolveWaitResolvesOnlyARunThatStillWaits() {
        NodeRunRecord waiting = waitingRun("a");
        NodeRunRecord pending = f.storedRuns(f.pending(execution.id(), "b")).getFirst();
        Json resolution = new Json.Obj(java.util.Map.of("approved", new Json.Str("yes")));
        Instant at = TestData.now();

        assertFalse(f.inTenant(() -> nodeRuns.resolveWait(f.org, pending.state().id(), resolution, at)));
        assertTrue(f.inTenant(() -> nodeRuns.resolveWait(f.org, waiting.state().id(), resolution, at)));

        NodeRunRecord resolved = f.inTenant(() -> nodeRuns.find(f.org, waiting.state().id())).orElseThrow();
        assertEquals(Optional.of(resolution), resolved.resolution());
        assertEquals(Optional.of(at), resolved.wakeAt());
    }

    @Test
    void resolveWaitAnswersFalseForARunBeingEndedRightNow() {
        NodeRunRecord waiting = waitingRun("a");

        ExecutionFixture.whileRowLocked("node_runs", waiting.state().id().value(), () -> assertFalse(f.inTenant(
                () -> nodeRuns.resolveWait(f.org, waiting.state().id(), Json.NULL, TestData.now())),
                "a run someone holds locked is not waited for"));
        assertEquals(Optional.empty(), f.inTenant(() -> nodeRuns.find(f.org, waiting.state().id())).orElseThrow()
                .resolution());
    }

    private NodeRunRecord waitingRun(String nodeId) {
        NodeRunRecord pending = f.pending(execution.id(), nodeId);
        Instant now = TestData.now();
        NodeRunRecord waiting = pending.waiting(pending.state().start(now).waitFor(),
                new NodeRunRecord.Wait(WaitKind.APPROVAL, new Json.Str("approve?")), now.plusSeconds(3600));
        return f.storedRuns(waiting).getFirst();
    }
}
