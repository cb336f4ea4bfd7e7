package dev.glyphic.domain.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ExecutionTransitionsTest {

    /** The design table, written out in full: a change to the state machine must show up here as a diff. */
    private static final String DESIGN_TABLE = """
            from\\to    queued  running  waiting  succeeded  failed  cancelled  timed_out
            queued      .       X        .        .          .       X          .
            running     .       .        X        X          X       X          X
            waiting     .       X        .        .          X       X          X
            succeeded   .       .        .        .          .       .          .
            failed      .       .        .        .          .       .          .
            cancelled   .       .        .        .          .       .          .
            timed_out   .       .        .        .          .       .          .
            """;

    private static final Set<String> ALLOWED = TransitionTables.allowedPairs(DESIGN_TABLE);

    static Stream<Arguments> everyPair() {
        return Arrays.stream(ExecutionStatus.values())
                .flatMap(from -> Arrays.stream(ExecutionStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyPair")
    void eachMoveIsAllowedExactlyWhenTheDesignTableSaysSo(ExecutionStatus from, ExecutionStatus to) {
        boolean expected = ALLOWED.contains(from.wireName() + ">" + to.wireName());
        Transition answer = ExecutionTransitions.check(from, to);
        assertEquals(expected, answer.isAllowed(), from + " → " + to + ": " + answer);
        assertEquals(expected, ExecutionTransitions.targets(from).contains(to));
        if (!expected) {
            assertFalse(assertInstanceOf(Transition.Refused.class, answer).reason().isBlank());
        }
    }

    @Test
    void theDesignTableNamesEveryStatusOnceEachWayAndAllowsElevenMoves() {
        List<String> rows = TransitionTables.rowNames(DESIGN_TABLE);
        List<String> columns = TransitionTables.columnNames(DESIGN_TABLE);
        List<String> wireNames = Arrays.stream(ExecutionStatus.values()).map(ExecutionStatus::wireName).toList();
        assertEquals(wireNames, rows);
        assertEquals(wireNames, columns);
        assertEquals(11, ALLOWED.size());
    }

    @ParameterizedTest
    @EnumSource(ExecutionStatus.class)
    void exactlyTheFinalStatusesHaveNoWayOut(ExecutionStatus status) {
        assertEquals(status.isFinal(), ExecutionTransitions.targets(status).isEmpty());
    }

    @Test
    void aFinalStatusIsRefusedAsFinal() {
        assertEquals(new Transition.Refused("a succeeded execution is final"),
                ExecutionTransitions.check(ExecutionStatus.SUCCEEDED, ExecutionStatus.RUNNING));
        assertEquals(new Transition.Refused("a timed_out execution is final"),
                ExecutionTransitions.check(ExecutionStatus.TIMED_OUT, ExecutionStatus.TIMED_OUT));
    }

    @Test
    void aMoveToItselfIsRefusedAsAlreadyThere() {
        assertEquals(new Transition.Refused("the execution is already running"),
                ExecutionTransitions.check(ExecutionStatus.RUNNING, ExecutionStatus.RUNNING));
    }

    @Test
    void anyOtherRefusalSaysWhereTheStatusMayGo() {
        assertEquals(new Transition.Refused("a queued execution may only become running, cancelled"),
                ExecutionTransitions.check(ExecutionStatus.QUEUED, ExecutionStatus.FAILED));
        assertEquals(new Transition.Refused("a waiting execution may only become running, failed, cancelled, timed_out"),
                ExecutionTransitions.check(ExecutionStatus.WAITING, ExecutionStatus.SUCCEEDED));
    }

    @Test
    void theTargetsCannotBeChangedFromOutside() {
        assertThrows(UnsupportedOperationException.class,
                () -> ExecutionTransitions.targets(ExecutionStatus.QUEUED).add(ExecutionStatus.SUCCEEDED));
    }

    @ParameterizedTest
    @EnumSource(ExecutionStatus.class)
    void onlyAFailedExecutionMayBeRetriedFromItsFailedNode(ExecutionStatus from) {
        Transition answer = ExecutionTransitions.checkRetryFromFailedNode(from);
        assertEquals(from == ExecutionStatus.FAILED, answer.isAllowed(), answer::toString);
        if (from != ExecutionStatus.FAILED) {
            assertTrue(assertInstanceOf(Transition.Refused.class, answer).reason().endsWith(from.wireName()));
        }
    }

    @Test
    void retryFromTheFailedNodeIsNotAHoleInTheTable() {
        assertEquals(EnumSet.noneOf(ExecutionStatus.class), ExecutionTransitions.targets(ExecutionStatus.FAILED));
        assertFalse(ExecutionTransitions.check(ExecutionStatus.FAILED, ExecutionStatus.QUEUED).isAllowed());
    }
}
