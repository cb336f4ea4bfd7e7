package dev.glyphic.domain.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TimeoutsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aDeadlineIsTheStartPlusTheTimeoutAndIsOverdueFromThatInstantOn() {
        Instant start = Instant.parse("2025-05-01T12:00:00Z");
        Deadline deadline = Deadline.after(start, TIMEOUT);
        assertEquals(start.plusSeconds(30), deadline.at());
        assertFalse(deadline.isOverdue(start.plusSeconds(30).minusNanos(1)));
        assertTrue(deadline.isOverdue(start.plusSeconds(30)));
        assertTrue(deadline.isOverdue(start.plusSeconds(31)));
    }

    @Test
    void theTimeLeftCountsDownToZeroAndStaysThere() {
        Deadline deadline = new Deadline(Instant.parse("2025-05-01T12:00:30Z"));
        assertEquals(Duration.ofSeconds(10), deadline.remaining(Instant.parse("2025-05-01T12:00:20Z")));
        assertEquals(Duration.ZERO, deadline.remaining(Instant.parse("2025-05-01T12:00:30Z")));
        assertEquals(Duration.ZERO, deadline.remaining(Instant.parse("2025-05-01T12:05:00Z")));
    }

    @Test
    void aTimeoutMustBePositive() {
        Instant start = Instant.parse("2025-05-01T12:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> Deadline.after(start, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Deadline.after(start, Duration.ofSeconds(-1)));
    }

    @ParameterizedTest
    @EnumSource(value = ExecutionStatus.class, names = {"RUNNING", "WAITING"})
    void anExecutionUnderWayIsDueByItsStartPlusItsTimeoutWaitsIncluded(ExecutionStatus status) {
        Execution execution = ExecutionTest.in(status);
        Instant deadline = ExecutionTest.STARTED.plus(TIMEOUT);
        assertEquals(Optional.of(new Deadline(deadline)), Timeouts.deadline(execution, TIMEOUT));
        assertFalse(Timeouts.isOverdue(execution, TIMEOUT, deadline.minusMillis(1)));
        assertTrue(Timeouts.isOverdue(execution, TIMEOUT, deadline));
    }

    @ParameterizedTest
    @EnumSource(value = ExecutionStatus.class, names = {"RUNNING", "WAITING"}, mode = EnumSource.Mode.EXCLUDE)
    void aQueuedOrEndedExecutionHasNoDeadline(ExecutionStatus status) {
        Execution execution = ExecutionTest.in(status);
        assertEquals(Optional.empty(), Timeouts.deadline(execution, TIMEOUT));
        assertFalse(Timeouts.isOverdue(execution, TIMEOUT, Instant.MAX));
    }

    @ParameterizedTest
    @EnumSource(value = NodeRunStatus.class, names = {"RUNNING", "WAITING"})
    void aNodeRunUnderWayIsDueByItsAttemptsStartPlusItsTimeout(NodeRunStatus status) {
        NodeRun run = NodeRunTest.in(status);
        Instant deadline = NodeRunTest.STARTED.plus(TIMEOUT);
        assertEquals(Optional.of(new Deadline(deadline)), Timeouts.deadline(run, TIMEOUT));
        assertFalse(Timeouts.isOverdue(run, TIMEOUT, deadline.minusMillis(1)));
        assertTrue(Timeouts.isOverdue(run, TIMEOUT, deadline));
    }

    @ParameterizedTest
    @EnumSource(value = NodeRunStatus.class, names = {"RUNNING", "WAITING"}, mode = EnumSource.Mode.EXCLUDE)
    void aPendingOrEndedNodeRunHasNoDeadline(NodeRunStatus status) {
        NodeRun run = NodeRunTest.in(status);
        assertEquals(Optional.empty(), Timeouts.deadline(run, TIMEOUT));
        assertFalse(Timeouts.isOverdue(run, TIMEOUT, Instant.MAX));
    }

    @Test
    void eachRetryGetsTheWholeTimeoutAgain() {
        NodeRun first = NodeRunTest.in(NodeRunStatus.RUNNING);
        Instant retryStart = NodeRunTest.STARTED.plus(Duration.ofMinutes(2));
        NodeRun second = first.retryAt("timed out", retryStart).start(retryStart);
        assertTrue(Timeouts.isOverdue(first, TIMEOUT, retryStart));
        assertEquals(Optional.of(new Deadline(retryStart.plus(TIMEOUT))), Timeouts.deadline(second, TIMEOUT));
        assertFalse(Timeouts.isOverdue(second, TIMEOUT, retryStart.plusSeconds(29)));
    }
}
