package dev.glyphic.persistence.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.execution.ExecutionQuery;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.domain.json.Json;
import dev.glyphic.persistence.testing.TestData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link Executions} promises. */
abstract class ExecutionsContract {
    final ExecutionFixture f = new ExecutionFixture();
    final Executions executions = executions();

    /** The port under test, on the fixture's database. */
    abstract Executions executions();

    @Test
    void insertedExecutionsReadBackAsWritten() {
        ExecutionRecord keyed = f.queued(TestData.now(), Optional.of("key-" + TestData.unique()));
        ExecutionRecord unkeyed = f.queued();

        assertEquals(Set.of(keyed.id(), unkeyed.id()), f.inTenant(() -> executions.insert(f.org,
                List.of(keyed, unkeyed))));

        assertEquals(Optional.of(keyed), f.inTenant(() -> executions.find(f.org, keyed.id())));
        assertEquals(Optional.of(unkeyed), f.inTenant(() -> executions.find(f.org, unkeyed.id())));
        assertEquals(Map.of(keyed.idempotencyKey().orElseThrow(), keyed), f.inTenant(() ->
                executions.findByIdempotencyKeys(f.org, List.of(keyed.idempotencyKey().orElseThrow(), "no such key"))));
        assertEquals(Set.of(), f.inTenant(() -> executions.insert(f.org, List.of())));
    }

    @Test
    void anExecutionWhoseIdempotencyKeyTheOrgHoldsIsNotInsertedAndTheRestAre() {
        Optional<String> key = Optional.of("key-" + TestData.unique());
        ExecutionRecord first = f.stored(f.queued(TestData.now(), key));
        ExecutionRecord second = f.queued(TestData.now(), key);
        ExecutionRecord other = f.queued();

        assertEquals(Set.of(other.id()), f.inTenant(() -> executions.insert(f.org, List.of(second, other))));

        assertEquals(Optional.empty(), f.inTenant(() -> executions.find(f.org, second.id())));
        assertEquals(Map.of(key.get(), first), f.inTenant(() -> executions.findByIdempotencyKeys(f.org,
                List.of(key.get()))));
        ExecutionFixture elsewhere = new ExecutionFixture();
        ExecutionRecord theirs = elsewhere.queued(TestData.now(), key);
        assertEquals(Set.of(theirs.id()), elsewhere.inTenant(() -> executions.insert(elsewhere.org,
                List.of(theirs))), "another org may use the same key");
    }

    @Test
    void ofTwoExecutionsWithOneKeyInOneInsertOnlyTheFirstIsWritten() {
        Optional<String> key = Optional.of("key-" + TestData.unique());
        ExecutionRecord first = f.queued(TestData.now(), key);
        ExecutionRecord second = f.queued(TestData.now(), key);

        assertEquals(Set.of(first.id()), f.inTenant(() -> executions.insert(f.org, List.of(first, second))));
        assertEquals(Map.of(key.get(), first), f.inTenant(() -> executions.findByIdempotencyKeys(f.org,
                List.of(key.get()))));
    }

    @Test
    void lockReadsAndRowLocksUntilTheTransactionEnds() {
        ExecutionRecord stored = f.stored(f.queued());

        f.inTenant(() -> {
            assertEquals(Optional.of(stored), executions.find(f.org, stored.id()));
            assertTrue(ExecutionFixture.rowLockFree("executions", stored.id().value()), "find takes no lock");
            assertEquals(Optional.of(stored), executions.lock(f.org, stored.id()));
            assertFalse(ExecutionFixture.rowLockFree("executions", stored.id().value()), "lock holds the row");
        });
        assertTrue(ExecutionFixture.rowLockFree("executions", stored.id().value()), "the commit lets it go");
    }

    @Test
    void updateWritesStatusTimesOutputAndErrorAndKeepsWhatItStartedWith() {
        ExecutionRecord stored = f.stored(f.queued());
        Instant started = TestData.now().plusSeconds(1);
        ExecutionRecord running = stored.with(stored.execution().start(started)).withOutput(new Json.Str("half"));
        ExecutionRecord failed = running.with(running.execution().fail("it broke", started.plusSeconds(1)))
                .withErrorStack("at somewhere");

        f.inTenant(() -> executions.update(f.org, running));
        assertEquals(Optional.of(running), f.inTenant(() -> executions.find(f.org, stored.id())));
        f.inTenant(() -> executions.update(f.org, failed));
        assertEquals(Optional.of(failed), f.inTenant(() -> executions.find(f.org, stored.id())));
    }

    @Test
    void countQueuedCountsTheOrgsQueuedExecutionsNoFurtherThanAsked() {
        for (int i = 0; i < 3; i++) {
            f.stored(f.queued());
        }
        f.storedRunning();

        assertEquals(3, f.inTenant(() -> executions.countQueued(f.org, 10)));
        assertEquals(2, f.inTenant(() -> executions.countQueued(f.org, 2)));
        ExecutionFixture empty = new ExecutionFixture();
        assertEquals(0, empty.inTenant(() -> executions.countQueued(empty.org, 10)));
    }

    @Test
    void unfinishedOfListsTheWorkflowsQueuedRunningAndWaitingExecutionsOldestFirst() {
        Instant t = TestData.now();
        ExecutionRecord queued = f.stored(f.queued(t.plusSeconds(2), Optional.empty()));
        ExecutionRecord older = f.queued(t, Optional.empty());
        ExecutionRecord running = f.stored(older.with(older.execution().start(t)));
        ExecutionRecord waitingFirst = f.queued(t.plusSeconds(1), Optional.empty());
        ExecutionRecord waiting = f.stored(waitingFirst.with(waitingFirst.execution().start(t).waitFor()));
        ExecutionRecord done = f.queued(t, Optional.empty());
        f.stored(done.with(done.execution().start(t).succeed(t)));

        assertEquals(List.of(running, waiting, queued), f.inTenant(() -> executions.unfinishedOf(f.org, f.workflow)));
    }

    @Test
    void listIsNewestFirstFetchesOneMoreThanTheLimitAndPagesBeforeTheCursor() {
        Instant t = TestData.now();
        List<ExecutionRecord> oldestFirst = List.of(f.stored(f.queued(t, Optional.empty())),
                f.stored(f.queued(t.plusSeconds(1), Optional.empty())),
                f.stored(f.queued(t.plusSeconds(2), Optional.empty())));

        List<ExecutionRecord> first = f.inTenant(() -> executions.list(f.org, query(2, Optional.empty())));
        assertEquals(List.of(oldestFirst.get(2), oldestFirst.get(1), oldestFirst.get(0)), first,
                "a limit of 2 fetches 3, so the caller knows a page follows");
        ExecutionRecord last = oldestFirst.get(1);
        List<ExecutionRecord> next = f.inTenant(() -> executions.list(f.org, query(2, Optional.of(
                new ExecutionQuery.Before(last.execution().createdAt(), last.id().value())))));
        assertEquals(List.of(oldestFirst.get(0)), next);
    }

    private ExecutionQuery query(int limit, Optional<ExecutionQuery.Before> before) {
        return new ExecutionQuery(f.workspace, Optional.empty(), Optional.of(f.workflow), Optional.empty(),
                Optional.empty(), Optional.empty(), before, limit);
    }
}
