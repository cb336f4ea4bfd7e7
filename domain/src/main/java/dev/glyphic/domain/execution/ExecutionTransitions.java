package dev.glyphic.domain.execution;

import static dev.glyphic.domain.execution.ExecutionStatus.CANCELLED;
import static dev.glyphic.domain.execution.ExecutionStatus.FAILED;
import static dev.glyphic.domain.execution.ExecutionStatus.QUEUED;
import static dev.glyphic.domain.execution.ExecutionStatus.RUNNING;
import static dev.glyphic.domain.execution.ExecutionStatus.SUCCEEDED;
import static dev.glyphic.domain.execution.ExecutionStatus.TIMED_OUT;
import static dev.glyphic.domain.execution.ExecutionStatus.WAITING;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place that says which status an execution may move to from which. Every move not in the table is refused;
 * the rules that are not obvious:
 * <ul>
 * <li><b>queued → failed / timed_out / waiting / succeeded are refused.</b> Only a worker that has started an
 * execution can find it failing, finished or waiting, so every ending other than cancellation has a start time and a
 * duration. The per-execution timeout counts from the start: time spent queued behind the org's concurrency quota is
 * the scheduler's doing, not the workflow's.</li>
 * <li><b>waiting → succeeded is refused</b>, while waiting → failed is allowed. A waiting execution still has
 * unfinished nodes, so success needs a worker to resume it and walk the rest of the graph; a rejection at an approval
 * or a failed child execution can end it on the spot, with no worker holding it.</li>
 * <li><b>Nothing moves to queued.</b> A running execution that loses its worker stays running: the lease lives on its
 * node runs, which go back to pending and are claimed again (see {@link NodeRunTransitions}).</li>
 * <li><b>No status moves to itself.</b> A repeated command (a second cancel, a duplicate completion) is not a
 * transition; the caller that needs idempotence checks the current status first.</li>
 * <li><b>Final statuses go nowhere</b>, with one explicit exception outside the table:
 * {@link #checkRetryFromFailedNode} takes a failed execution back to queued.</li>
 * </ul>
 */
public final class ExecutionTransitions {
    private static final Map<ExecutionStatus, Set<ExecutionStatus>> NEXT = new EnumMap<>(Map.of(
            QUEUED, EnumSet.of(RUNNING, CANCELLED),
            RUNNING, EnumSet.of(WAITING, SUCCEEDED, FAILED, CANCELLED, TIMED_OUT),
            WAITING, EnumSet.of(RUNNING, CANCELLED, TIMED_OUT, FAILED),
            SUCCEEDED, EnumSet.noneOf(ExecutionStatus.class),
            FAILED, EnumSet.noneOf(ExecutionStatus.class),
            CANCELLED, EnumSet.noneOf(ExecutionStatus.class),
            TIMED_OUT, EnumSet.noneOf(ExecutionStatus.class)));

    static {
        for (ExecutionStatus status : ExecutionStatus.values()) {
            if (!NEXT.containsKey(status)) {
                throw new ExceptionInInitializerError("every execution status needs a row: " + status);
            }
            if (status.isFinal() != NEXT.get(status).isEmpty()) {
                throw new ExceptionInInitializerError("exactly the final statuses have no way out: " + status);
            }
        }
    }

    private ExecutionTransitions() {
    }

    public static Transition check(ExecutionStatus from, ExecutionStatus to) {
        if (NEXT.get(from).contains(to)) {
            return Transition.ALLOWED;
        }
        if (from.isFinal()) {
            return new Transition.Refused("a " + from.wireName() + " execution is final");
        }
        if (from == to) {
            return new Transition.Refused("the execution is already " + from.wireName());
        }
        return new Transition.Refused("a " + from.wireName() + " execution may only become " + NEXT.get(from).stream()
                .map(ExecutionStatus::wireName).collect(Collectors.joining(", ")));
    }

    /** The statuses an execution may move to from {@code from}; empty for a final status. */
    public static Set<ExecutionStatus> targets(ExecutionStatus from) {
        return Collections.unmodifiableSet(NEXT.get(from));
    }

    /**
     * Retry from the failed node: failed → queued, the one way out of a final status. It is an explicit request,
     * never a step the engine takes by itself, so it is not a row of the table, where it would let any failed
     * execution wake up. It goes to queued, not running, so that the reopened execution waits its turn under the
     * org's and the workflow's concurrency limits like any other. Cancelled, timed-out and succeeded executions
     * cannot be retried: a cancellation was meant, and a fresh run is a replay (a new execution).
     */
    public static Transition checkRetryFromFailedNode(ExecutionStatus from) {
        return from == FAILED
                ? Transition.ALLOWED
                : new Transition.Refused("only a failed execution can be retried from its failed node; this one is "
                        + from.wireName());
    }
}
