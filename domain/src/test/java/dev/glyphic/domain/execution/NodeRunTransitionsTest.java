package dev.glyphic.domain.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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

class NodeRunTransitionsTest {

    /** The design table, written out in full: a change to the state machine must show up here as a diff. */
    private static final String DESIGN_TABLE = """
            from\\to    pending  running  waiting  succeeded  failed  skipped  cancelled  timed_out
            pending     .        X        .        .          .       X        X          .
            running     X        .        X        X          X       .        X          X
            waiting     .        X        .        X          X       .        X          X
            succeeded   .        .        .        .          .       .        .          .
            failed      .        .        .        .          .       .        .          .
            skipped     .        .        .        .          .       .        .          .
            cancelled   .        .        .        .          .       .        .          .
            timed_out   .        .        .        .          .       .        .          .
            """;

    private static final Set<String> ALLOWED = TransitionTables.allowedPairs(DESIGN_TABLE);

    static Stream<Arguments> everyPair() {
        return Arrays.stream(NodeRunStatus.values())
                .flatMap(from -> Arrays.stream(NodeRunStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyPair")
    void eachMoveIsAllowedExactlyWhenTheDesignTableSaysSo(NodeRunStatus from, NodeRunStatus to) {
        boolean expected = ALLOWED.contains(from.wireName() + ">" + to.wireName());
        Transition answer = NodeRunTransitions.check(from, to);
        assertEquals(expected, answer.isAllowed(), from + " → " + to + ": " + answer);
        assertEquals(expected, NodeRunTransitions.targets(from).contains(to));
        if (!expected) {
            assertFalse(assertInstanceOf(Transition.Refused.class, answer).reason().isBlank());
        }
    }

    @Test
    void theDesignTableNamesEveryStatusOnceEachWayAndAllowsFourteenMoves() {
        List<String> wireNames = Arrays.stream(NodeRunStatus.values()).map(NodeRunStatus::wireName).toList();
        assertEquals(wireNames, TransitionTables.rowNames(DESIGN_TABLE));
        assertEquals(wireNames, TransitionTables.columnNames(DESIGN_TABLE));
        assertEquals(14, ALLOWED.size());
    }

    @ParameterizedTest
    @EnumSource(NodeRunStatus.class)
    void exactlyTheFinalStatusesHaveNoWayOut(NodeRunStatus status) {
        assertEquals(status.isFinal(), NodeRunTransitions.targets(status).isEmpty());
    }

    @Test
    void refusalsSayWhy() {
        assertEquals(new Transition.Refused("a skipped node run is final"),
                NodeRunTransitions.check(NodeRunStatus.SKIPPED, NodeRunStatus.PENDING));
        assertEquals(new Transition.Refused("the node run is already waiting"),
                NodeRunTransitions.check(NodeRunStatus.WAITING, NodeRunStatus.WAITING));
        assertEquals(new Transition.Refused("a pending node run may only become running, skipped, cancelled"),
                NodeRunTransitions.check(NodeRunStatus.PENDING, NodeRunStatus.TIMED_OUT));
    }

    @ParameterizedTest
    @EnumSource(NodeRunStatus.class)
    void onlyAFailedNodeRunMayBeRetriedByHand(NodeRunStatus from) {
        Transition answer = NodeRunTransitions.checkRetryFromFailedNode(from);
        assertEquals(from == NodeRunStatus.FAILED, answer.isAllowed(), answer::toString);
        if (from != NodeRunStatus.FAILED) {
            assertTrue(assertInstanceOf(Transition.Refused.class, answer).reason().endsWith(from.wireName()));
        }
    }

    @Test
    void retryByHandIsNotAHoleInTheTable() {
        assertEquals(EnumSet.noneOf(NodeRunStatus.class), NodeRunTransitions.targets(NodeRunStatus.FAILED));
        assertFalse(NodeRunTransitions.check(NodeRunStatus.FAILED, NodeRunStatus.PENDING).isAllowed());
    }
}
