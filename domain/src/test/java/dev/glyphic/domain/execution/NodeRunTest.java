package dev.glyphic.domain.execution;

import static dev.glyphic.domain.execution.NodeRunStatus.CANCELLED;
import static dev.glyphic.domain.execution.NodeRunStatus.FAILED;
import static dev.glyphic.domain.execution.NodeRunStatus.PENDING;
import static dev.glyphic.domain.execution.NodeRunStatus.RUNNING;
import static dev.glyphic.domain.execution.NodeRunStatus.SKIPPED;
import static dev.glyphic.domain.execution.NodeRunStatus.SUCCEEDED;
import static dev.glyphic.domain.execution.NodeRunStatus.TIMED_OUT;
import static dev.glyphic.domain.execution.NodeRunStatus.WAITING;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class NodeRunTest {
    static final Instant SCHEDULED = Instant.parse("2025-05-01T09:00:00Z");
    static final Instant STARTED = SCHEDULED.plusMillis(15);
    static final Instant ENDED = STARTED.plusMillis(300);
    private static final DoubleSupplier NO_JITTER_DRAW = () -> 0.0;
    /** Three attempts, 1 s then 2 s apart, no jitter: every wait is exact. */
    private static final RetryPolicy THREE_ATTEMPTS =
            new RetryPolicy(3, Duration.ofSeconds(1), 2.0, Duration.ofMinutes(1), 0.0);

    static NodeRun pending() {
        return NodeRun.pending(ExecutionId.random(), "http_1", SCHEDULED);
    }

    /** A node run that reached {@code status} the ordinary way. */
    static NodeRun in(NodeRunStatus status) {
        NodeRun pending = pending();
        return switch (status) {
            case PENDING -> pending;
            case RUNNING -> pending.start(STARTED);
            case WAITING -> pending.start(STARTED).waitFor();
            case SUCCEEDED -> pending.start(STARTED).succeed(ENDED);
            case FAILED -> pending.start(STARTED).fail("boom", ENDED);
            case SKIPPED -> pending.skip(ENDED);
            case CANCELLED -> pending.cancel(ENDED);
            case TIMED_OUT -> pending.start(STARTED).timeOut(ENDED);
        };
    }

    /** Every transition method, with the one status it leads to and the statuses it may start from. */
    enum Move {
        START(RUNNING, EnumSet.of(PENDING), r -> r.start(ENDED)),
        WAIT_FOR(WAITING, EnumSet.of(RUNNING), NodeRun::waitFor),
        RESUME(RUNNING, EnumSet.of(WAITING), NodeRun::resume),
        SUCCEED(SUCCEEDED, EnumSet.of(RUNNING, WAITING), r -> r.succeed(ENDED)),
        FAIL(FAILED, EnumSet.of(RUNNING, WAITING), r -> r.fail("it broke", ENDED)),
        SKIP(SKIPPED, EnumSet.of(PENDING), r -> r.skip(ENDED)),
        CANCEL(CANCELLED, EnumSet.of(PENDING, RUNNING, WAITING), r -> r.cancel(ENDED)),
        TIME_OUT(TIMED_OUT, EnumSet.of(RUNNING, WAITING), r -> r.timeOut(ENDED)),
        RETRY_AT(PENDING, EnumSet.of(RUNNING), r -> r.retryAt("503", ENDED.plusSeconds(1))),
        AFTER_FAILURE_WITH_ATTEMPTS_LEFT(PENDING, EnumSet.of(RUNNING),
                r -> r.afterFailure("503", THREE_ATTEMPTS, ENDED, NO_JITTER_DRAW)),
        AFTER_LEASE_LOST(PENDING, EnumSet.of(RUNNING), r -> r.afterLeaseLost(THREE_ATTEMPTS, ENDED, NO_JITTER_DRAW)),
        RELEASE(PENDING, EnumSet.of(RUNNING), r -> r.release(ENDED)),
        RETRY_FROM_FAILED_NODE(PENDING, EnumSet.of(FAILED), r -> r.retryFromFailedNode(ENDED));

        final NodeRunStatus target;
        final Set<NodeRunStatus> from;
        final UnaryOperator<NodeRun> apply;

        Move(NodeRunStatus target, Set<NodeRunStatus> from, UnaryOperator<NodeRun> apply) {
            this.target = target;
            this.from = from;
            this.apply = apply;
        }
    }

    static Stream<Arguments> everyMoveFromEveryStatus() {
        return Arrays.stream(Move.values())
                .flatMap(move -> Arrays.stream(NodeRunStatus.values()).map(from -> Arguments.of(move, from)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyMoveFromEveryStatus")
    void eachMoveLeadsToItsStatusFromExactlyItsStatusesAndIsRefusedByNameFromAnyOther(Move move,
                                                                                      NodeRunStatus from) {
        NodeRun before = in(from);
        if (move.from.contains(from)) {
            assertEquals(move.target, move.apply.apply(before).status());
        } else {
            DomainException.Conflict refused =
                    assertThrows(DomainException.Conflict.class, () -> move.apply.apply(before));
            assertEquals("illegal_transition", refused.code());
            assertTrue(refused.getMessage().startsWith("node run " + before.id() + " of node 'http_1' cannot go from "
                    + from.wireName() + " to " + move.target.wireName() + ": "), refused.getMessage());
        }
    }

    @Test
    void aNewRunIsTheFirstAttemptOfTheFirstGenerationDueFromItsScheduledTime() {
        NodeRun run = pending();
        assertEquals(PENDING, run.status());
        assertEquals(1, run.attempt());
        assertEquals(0, run.retryGeneration());
        assertEquals(SCHEDULED, run.scheduledAt());
        assertFalse(run.isDue(SCHEDULED.minusNanos(1)));
        assertTrue(run.isDue(SCHEDULED));
        assertFalse(run.start(STARTED).isDue(STARTED), "only a pending run is due");
    }

    @Test
    void startingStampsTheStartAndEndingStampsTheEnd() {
        NodeRun running = pending().start(STARTED);
        assertEquals(Optional.of(STARTED), running.startedAt());
        NodeRun done = running.succeed(ENDED);
        assertEquals(Optional.of(ENDED), done.completedAt());
        assertEquals(Optional.of(Duration.ofMillis(300)), done.duration());
        assertEquals(Optional.empty(), pending().skip(ENDED).duration(), "a skipped run never ran");
    }

    @Test
    void anApprovalEndsStraightFromWaitingKeepingTheStart() {
        NodeRun approved = in(WAITING).succeed(ENDED);
        NodeRun rejected = in(WAITING).fail("rejected by Ada: not on brand", ENDED);
        assertEquals(Optional.of(STARTED), approved.startedAt());
        assertEquals(Optional.of("rejected by Ada: not on brand"), rejected.error());
        assertEquals(Optional.of(STARTED), in(WAITING).resume().startedAt());
    }

    @Test
    void aFailureWithAttemptsLeftSchedulesTheNextAttemptAfterTheBackoff() {
        NodeRun retrying = in(RUNNING).afterFailure("the HTTP call answered 503", THREE_ATTEMPTS, ENDED,
                NO_JITTER_DRAW);
        assertEquals(PENDING, retrying.status());
        assertEquals(2, retrying.attempt());
        assertEquals(ENDED.plusSeconds(1), retrying.scheduledAt());
        assertEquals(Optional.empty(), retrying.startedAt(), "the next attempt has its own start");
        assertEquals(Optional.of("the HTTP call answered 503"), retrying.error(), "it shows what is retried");

        NodeRun third = retrying.start(ENDED.plusSeconds(1)).afterFailure("503 again", THREE_ATTEMPTS,
                ENDED.plusSeconds(2), NO_JITTER_DRAW);
        assertEquals(3, third.attempt());
        assertEquals(ENDED.plusSeconds(4), third.scheduledAt());
    }

    @Test
    void theLastAttemptsFailureFailsTheRunForGood() {
        NodeRun last = new NodeRun(NodeRunId.random(), ExecutionId.random(), "http_1", 0, 3, RUNNING, SCHEDULED,
                Optional.of(STARTED), Optional.empty(), Optional.of("503"));
        NodeRun failed = last.afterFailure("503 once more", THREE_ATTEMPTS, ENDED, NO_JITTER_DRAW);
        assertEquals(FAILED, failed.status());
        assertEquals(3, failed.attempt());
        assertEquals(Optional.of(ENDED), failed.completedAt());
        assertEquals(Optional.of("503 once more"), failed.error());
    }

    @Test
    void aLostLeaseCountsAsAnAttemptSoAPoisonStepRunsOut() {
        NodeRun run = in(RUNNING);
        for (int attempt = 1; attempt < 3; attempt++) {
            run = run.afterLeaseLost(THREE_ATTEMPTS, ENDED, NO_JITTER_DRAW);
            assertEquals(PENDING, run.status());
            assertEquals(attempt + 1, run.attempt());
            assertEquals(Optional.of(NodeRun.LEASE_LOST), run.error());
            run = run.start(run.scheduledAt());
        }
        NodeRun failed = run.afterLeaseLost(THREE_ATTEMPTS, ENDED, NO_JITTER_DRAW);
        assertEquals(FAILED, failed.status());
        assertEquals(Optional.of(NodeRun.LEASE_LOST), failed.error());
    }

    @Test
    void aReleasedClaimIsDueAtOnceAndDoesNotCountAsAnAttempt() {
        NodeRun released = in(RUNNING).release(ENDED);
        assertEquals(PENDING, released.status());
        assertEquals(1, released.attempt());
        assertEquals(ENDED, released.scheduledAt());
        assertEquals(Optional.empty(), released.startedAt());
        assertTrue(released.isDue(ENDED));
    }

    @Test
    void successAfterARetryClearsTheEarlierError() {
        NodeRun retried = in(RUNNING).retryAt("503", ENDED);
        assertEquals(Optional.of("503"), retried.start(ENDED).error());
        assertEquals(Optional.empty(), retried.start(ENDED).succeed(ENDED.plusSeconds(1)).error());
    }

    @Test
    void aManualRetryIsANewGenerationWithFreshAttempts() {
        NodeRun failed = in(RUNNING).retryAt("503", ENDED).start(ENDED).fail("503", ENDED.plusSeconds(1));
        assertEquals(2, failed.attempt());
        Instant asked = ENDED.plus(Duration.ofHours(2));
        NodeRun again = failed.retryFromFailedNode(asked);
        assertEquals(PENDING, again.status());
        assertEquals(1, again.retryGeneration());
        assertEquals(1, again.attempt());
        assertEquals(asked, again.scheduledAt());
        assertEquals(Optional.empty(), again.startedAt());
        assertEquals(Optional.empty(), again.completedAt());
        assertEquals(Optional.empty(), again.error());
        assertEquals(failed.id(), again.id());
        assertEquals(2, again.start(asked).fail("still 503", asked).retryFromFailedNode(asked).retryGeneration());
    }

    @Test
    void theKeyStaysTheSameThroughEveryAutomaticRetryLostLeaseAndRelease() {
        NodeRun run = pending();
        IdempotencyKey key = run.idempotencyKey();
        run = run.start(STARTED).afterFailure("503", THREE_ATTEMPTS, ENDED, NO_JITTER_DRAW);
        assertEquals(key, run.idempotencyKey());
        run = run.start(run.scheduledAt()).release(ENDED);
        assertEquals(key, run.idempotencyKey());
        run = run.start(ENDED).afterLeaseLost(THREE_ATTEMPTS, ENDED, NO_JITTER_DRAW);
        assertEquals(3, run.attempt());
        assertEquals(key, run.idempotencyKey(), "the re-claimed attempt may follow one that half-ran");
        assertEquals(key, run.start(run.scheduledAt()).succeed(ENDED).idempotencyKey());
    }

    @Test
    void theKeyChangesWithAManualRetry() {
        NodeRun failed = in(FAILED);
        assertNotEquals(failed.idempotencyKey(), failed.retryFromFailedNode(ENDED).idempotencyKey());
    }

    @Test
    void theKeyIsTheStepsNotTheRowIds() {
        NodeRun run = pending();
        NodeRun sameStepOtherRow = new NodeRun(NodeRunId.random(), run.executionId(), run.nodeId(), 0, 2, PENDING,
                ENDED, Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(run.idempotencyKey(), sameStepOtherRow.idempotencyKey());
        assertNotEquals(run.idempotencyKey(), NodeRun.pending(run.executionId(), "http_2", SCHEDULED)
                .idempotencyKey());
        assertNotEquals(run.idempotencyKey(), NodeRun.pending(ExecutionId.random(), "http_1", SCHEDULED)
                .idempotencyKey());
    }

    @Test
    void onlyARunningAttemptFailsIntoARetry() {
        DomainException.Conflict refused = assertThrows(DomainException.Conflict.class,
                () -> in(WAITING).afterFailure("rejected", THREE_ATTEMPTS, ENDED, NO_JITTER_DRAW));
        assertTrue(refused.getMessage().contains("cannot go from waiting to pending"), refused.getMessage());
    }

    @Test
    void startingAWaitingRunOrResumingAPendingOneIsRefusedWithAPointer() {
        assertTrue(assertThrows(DomainException.Conflict.class, () -> in(WAITING).start(ENDED)).getMessage()
                .endsWith("a waiting node run resumes"));
        assertTrue(assertThrows(DomainException.Conflict.class, () -> pending().resume()).getMessage()
                .endsWith("a pending node run starts"));
    }

    @ParameterizedTest
    @EnumSource(value = NodeRunStatus.class, names = {"RUNNING", "WAITING"})
    void cancellingOrTimingOutAStartedRunKeepsItsStart(NodeRunStatus from) {
        assertEquals(Optional.of(Duration.ofMillis(300)), in(from).cancel(ENDED).duration());
        assertEquals(Optional.of(Duration.ofMillis(300)), in(from).timeOut(ENDED).duration());
    }

    @Test
    void durationIsNeverNegativeWhenWorkersClocksDisagree() {
        assertEquals(Optional.of(Duration.ZERO), in(RUNNING).succeed(STARTED.minusMillis(2)).duration());
    }

    @Test
    void theConstructorRefusesStatesNoTransitionCouldReach() {
        Optional<Instant> none = Optional.empty();
        Optional<Instant> at = Optional.of(ENDED);
        Optional<Instant> start = Optional.of(STARTED);
        Optional<String> noError = Optional.empty();
        assertThrows(IllegalArgumentException.class, () -> run(" ", 0, 1, PENDING, none, none, noError));
        assertThrows(IllegalArgumentException.class, () -> run("n", -1, 1, PENDING, none, none, noError));
        assertThrows(IllegalArgumentException.class, () -> run("n", 0, 0, PENDING, none, none, noError));
        assertThrows(IllegalArgumentException.class, () -> run("n", 0, 1, PENDING, start, none, noError));
        assertThrows(IllegalArgumentException.class, () -> run("n", 0, 1, RUNNING, none, none, noError));
        assertThrows(IllegalArgumentException.class, () -> run("n", 0, 1, RUNNING, start, at, noError));
        assertThrows(IllegalArgumentException.class, () -> run("n", 0, 1, SUCCEEDED, start, none, noError));
        assertThrows(IllegalArgumentException.class, () -> run("n", 0, 1, SUCCEEDED, start, at, Optional.of("x")));
        assertThrows(IllegalArgumentException.class, () -> run("n", 0, 1, FAILED, start, at, noError));
        assertThrows(IllegalArgumentException.class, () -> run("n", 0, 1, SKIPPED, start, at, noError));
        assertDoesNotThrow(() -> run("n", 0, 1, CANCELLED, none, at, noError));
        assertDoesNotThrow(() -> run("n", 0, 1, CANCELLED, start, at, Optional.of("503")));
        assertDoesNotThrow(() -> run("n", 2, 5, PENDING, none, none, Optional.of("503")));
    }

    private static NodeRun run(String nodeId, int generation, int attempt, NodeRunStatus status,
                               Optional<Instant> startedAt, Optional<Instant> completedAt, Optional<String> error) {
        return new NodeRun(NodeRunId.random(), ExecutionId.random(), nodeId, generation, attempt, status, SCHEDULED,
                startedAt, completedAt, error);
    }
}
