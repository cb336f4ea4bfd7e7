package dev.glyphic.domain.execution;

import static dev.glyphic.domain.execution.ExecutionStatus.CANCELLED;
import static dev.glyphic.domain.execution.ExecutionStatus.FAILED;
import static dev.glyphic.domain.execution.ExecutionStatus.QUEUED;
import static dev.glyphic.domain.execution.ExecutionStatus.RUNNING;
import static dev.glyphic.domain.execution.ExecutionStatus.SUCCEEDED;
import static dev.glyphic.domain.execution.ExecutionStatus.TIMED_OUT;
import static dev.glyphic.domain.execution.ExecutionStatus.WAITING;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ExecutionTest {
    static final Instant CREATED = Instant.parse("2025-05-01T09:00:00Z");
    static final Instant STARTED = CREATED.plusMillis(40);
    static final Instant ENDED = STARTED.plusMillis(1_250);
    private static final Initiator ADA = Initiator.user(UserId.random());

    static Execution queued() {
        return Execution.queue(OrgId.random(), WorkspaceId.random(), WorkflowId.random(), 3, TriggerType.MANUAL,
                ADA, CREATED);
    }

    /** An execution that reached {@code status} the ordinary way. */
    static Execution in(ExecutionStatus status) {
        Execution queued = queued();
        return switch (status) {
            case QUEUED -> queued;
            case RUNNING -> queued.start(STARTED);
            case WAITING -> queued.start(STARTED).waitFor();
            case SUCCEEDED -> queued.start(STARTED).succeed(ENDED);
            case FAILED -> queued.start(STARTED).fail("boom", ENDED);
            case CANCELLED -> queued.cancel(ENDED);
            case TIMED_OUT -> queued.start(STARTED).timeOut(ENDED);
        };
    }

    /** Every transition method, with the one status it leads to and the statuses it may start from. */
    enum Move {
        START(RUNNING, EnumSet.of(QUEUED), e -> e.start(ENDED)),
        WAIT_FOR(WAITING, EnumSet.of(RUNNING), Execution::waitFor),
        RESUME(RUNNING, EnumSet.of(WAITING), Execution::resume),
        SUCCEED(SUCCEEDED, EnumSet.of(RUNNING), e -> e.succeed(ENDED)),
        FAIL(FAILED, EnumSet.of(RUNNING, WAITING), e -> e.fail("it broke", ENDED)),
        CANCEL(CANCELLED, EnumSet.of(QUEUED, RUNNING, WAITING), e -> e.cancel(ENDED)),
        TIME_OUT(TIMED_OUT, EnumSet.of(RUNNING, WAITING), e -> e.timeOut(ENDED)),
        RETRY_FROM_FAILED_NODE(QUEUED, EnumSet.of(FAILED), Execution::retryFromFailedNode);

        final ExecutionStatus target;
        final Set<ExecutionStatus> from;
        final UnaryOperator<Execution> apply;

        Move(ExecutionStatus target, Set<ExecutionStatus> from, UnaryOperator<Execution> apply) {
            this.target = target;
            this.from = from;
            this.apply = apply;
        }
    }

    static Stream<Arguments> everyMoveFromEveryStatus() {
        return Arrays.stream(Move.values())
                .flatMap(move -> Arrays.stream(ExecutionStatus.values()).map(from -> Arguments.of(move, from)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyMoveFromEveryStatus")
    void eachMoveLeadsToItsStatusFromExactlyItsStatusesAndIsRefusedByNameFromAnyOther(Move move,
                                                                                      ExecutionStatus from) {
        Execution before = in(from);
        if (move.from.contains(from)) {
            assertEquals(move.target, move.apply.apply(before).status());
        } else {
            DomainException.Conflict refused =
                    assertThrows(DomainException.Conflict.class, () -> move.apply.apply(before));
            assertEquals("illegal_transition", refused.code());
            assertTrue(refused.getMessage().startsWith("execution " + before.id() + " cannot go from "
                    + from.wireName() + " to " + move.target.wireName() + ": "), refused.getMessage());
        }
    }

    @Test
    void queueingMakesANewTimeOrderedExecutionThatHasNotStarted() {
        Execution execution = queued();
        assertEquals(QUEUED, execution.status());
        assertEquals(7, execution.id().value().version());
        assertEquals(3, execution.workflowVersion());
        assertEquals(TriggerType.MANUAL, execution.triggerType());
        assertEquals(ADA, execution.startedBy());
        assertEquals(CREATED, execution.createdAt());
        assertEquals(Optional.empty(), execution.startedAt());
        assertEquals(Optional.empty(), execution.completedAt());
        assertEquals(Optional.empty(), execution.duration());
        assertEquals(false, execution.isFinal());
    }

    @Test
    void startingStampsTheStartAndChangesNothingElse() {
        Execution queued = queued();
        Execution running = queued.start(STARTED);
        assertEquals(Optional.of(STARTED), running.startedAt());
        assertEquals(Optional.empty(), running.completedAt());
        assertEquals(queued.id(), running.id());
        assertEquals(queued.workflowId(), running.workflowId());
        assertEquals(queued.createdAt(), running.createdAt());
        assertEquals(QUEUED, queued.status(), "the original is left untouched");
    }

    @Test
    void waitingAndResumingKeepTheStartTime() {
        Execution resumed = in(RUNNING).waitFor().resume();
        assertEquals(RUNNING, resumed.status());
        assertEquals(Optional.of(STARTED), resumed.startedAt());
    }

    @Test
    void succeedingStampsTheEndAndGivesADuration() {
        Execution done = in(RUNNING).succeed(ENDED);
        assertEquals(Optional.of(ENDED), done.completedAt());
        assertEquals(Optional.of(Duration.ofMillis(1_250)), done.duration());
        assertEquals(Optional.empty(), done.error());
        assertTrue(done.isFinal());
    }

    @ParameterizedTest
    @EnumSource(value = ExecutionStatus.class, names = {"RUNNING", "WAITING"})
    void failingRecordsTheErrorAndTheEnd(ExecutionStatus from) {
        Execution failed = in(from).fail("  the HTTP call answered 503  ", ENDED);
        assertEquals(Optional.of("the HTTP call answered 503"), failed.error());
        assertEquals(Optional.of(ENDED), failed.completedAt());
        assertEquals(Optional.of(STARTED), failed.startedAt());
    }

    @Test
    void aFailureNeedsAMessageAndALongOneIsCut() {
        Execution running = in(RUNNING);
        assertThrows(IllegalArgumentException.class, () -> running.fail(" \n ", ENDED));
        String error = running.fail("x".repeat(10_000), ENDED).error().orElseThrow();
        assertEquals(ErrorText.MAX_LENGTH, error.length());
        assertTrue(error.endsWith("x…"), error.substring(error.length() - 3));
    }

    @Test
    void cancellingAQueuedExecutionEndsItWithoutAStartOrADuration() {
        Execution cancelled = queued().cancel(ENDED);
        assertEquals(CANCELLED, cancelled.status());
        assertEquals(Optional.empty(), cancelled.startedAt());
        assertEquals(Optional.of(ENDED), cancelled.completedAt());
        assertEquals(Optional.empty(), cancelled.duration());
    }

    @ParameterizedTest
    @EnumSource(value = ExecutionStatus.class, names = {"RUNNING", "WAITING"})
    void cancellingOrTimingOutAStartedExecutionKeepsItsStart(ExecutionStatus from) {
        Execution cancelled = in(from).cancel(ENDED);
        Execution timedOut = in(from).timeOut(ENDED);
        assertEquals(Optional.of(Duration.ofMillis(1_250)), cancelled.duration());
        assertEquals(Optional.of(Duration.ofMillis(1_250)), timedOut.duration());
        assertEquals(Optional.empty(), timedOut.error());
    }

    @Test
    void startingAWaitingExecutionIsRefusedWithAPointerToResume() {
        DomainException.Conflict refused = assertThrows(DomainException.Conflict.class, () -> in(WAITING).start(ENDED));
        assertTrue(refused.getMessage().endsWith("it has started already; a waiting execution resumes"));
    }

    @Test
    void resumingAQueuedExecutionIsRefusedWithAPointerToStart() {
        DomainException.Conflict refused = assertThrows(DomainException.Conflict.class, () -> queued().resume());
        assertTrue(refused.getMessage().endsWith("it has not started yet; a queued execution starts"));
    }

    @Test
    void aFinalExecutionIsRefusedAsFinal() {
        Execution done = in(SUCCEEDED);
        DomainException.Conflict refused = assertThrows(DomainException.Conflict.class, () -> done.cancel(ENDED));
        assertEquals("execution " + done.id() + " cannot go from succeeded to cancelled: a succeeded execution is "
                + "final", refused.getMessage());
    }

    @Test
    void retryingFromTheFailedNodeReopensItWithAFreshClock() {
        Execution failed = in(FAILED);
        Execution reopened = failed.retryFromFailedNode();
        assertEquals(QUEUED, reopened.status());
        assertEquals(Optional.empty(), reopened.startedAt());
        assertEquals(Optional.empty(), reopened.completedAt());
        assertEquals(Optional.empty(), reopened.error());
        assertEquals(failed.id(), reopened.id());
        assertEquals(failed.workflowVersion(), reopened.workflowVersion(), "it stays on its pinned version");
        Instant later = ENDED.plus(Duration.ofDays(7));
        assertEquals(Optional.of(Duration.ofSeconds(2)), reopened.start(later).succeed(later.plusSeconds(2))
                .duration());
    }

    @Test
    void durationIsNeverNegativeWhenWorkersClocksDisagree() {
        Execution skewed = in(RUNNING).succeed(STARTED.minusMillis(3));
        assertEquals(Optional.of(Duration.ZERO), skewed.duration());
    }

    @Test
    void aManualRunOrAReplayIsSomeonesButAScheduleNeedNotBe() {
        Execution e = queued();
        assertThrows(IllegalArgumentException.class, () -> withStarter(e, TriggerType.MANUAL, Initiator.SYSTEM));
        assertThrows(IllegalArgumentException.class, () -> withStarter(e, TriggerType.REPLAY, Initiator.SYSTEM));
        assertDoesNotThrow(() -> withStarter(e, TriggerType.SCHEDULE, Initiator.SYSTEM));
        assertDoesNotThrow(() -> withStarter(e, TriggerType.REPLAY, Initiator.apiKey(ApiKeyId.random())));
    }

    @Test
    void theConstructorRefusesStatesNoTransitionCouldReach() {
        Execution e = in(RUNNING);
        Optional<Instant> none = Optional.empty();
        Optional<Instant> at = Optional.of(ENDED);
        assertThrows(IllegalArgumentException.class, () -> copy(e, RUNNING, e.startedAt(), at, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> copy(e, SUCCEEDED, e.startedAt(), none, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> copy(e, QUEUED, e.startedAt(), none, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> copy(e, WAITING, none, none, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> copy(e, FAILED, e.startedAt(), at, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> copy(e, TIMED_OUT, e.startedAt(), at, Optional.of("x")));
        assertDoesNotThrow(() -> copy(e, CANCELLED, none, at, Optional.empty()));
        assertDoesNotThrow(() -> copy(e, CANCELLED, e.startedAt(), at, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Execution(e.id(), e.orgId(), e.workspaceId(),
                e.workflowId(), 0, RUNNING, e.triggerType(), e.startedBy(), e.createdAt(), e.startedAt(), none,
                Optional.empty()));
    }

    private static Execution withStarter(Execution e, TriggerType trigger, Initiator initiator) {
        return new Execution(e.id(), e.orgId(), e.workspaceId(), e.workflowId(), e.workflowVersion(), e.status(),
                trigger, initiator, e.createdAt(), e.startedAt(), e.completedAt(), e.error());
    }

    private static Execution copy(Execution e, ExecutionStatus status, Optional<Instant> startedAt,
                                  Optional<Instant> completedAt, Optional<String> error) {
        return new Execution(e.id(), e.orgId(), e.workspaceId(), e.workflowId(), e.workflowVersion(), status,
                e.triggerType(), e.startedBy(), e.createdAt(), startedAt, completedAt, error);
    }
}
