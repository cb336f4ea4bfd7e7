package dev.glyphic.domain.execution;

import static dev.glyphic.domain.execution.NodeRunStatus.CANCELLED;
import static dev.glyphic.domain.execution.NodeRunStatus.FAILED;
import static dev.glyphic.domain.execution.NodeRunStatus.PENDING;
import static dev.glyphic.domain.execution.NodeRunStatus.RUNNING;
import static dev.glyphic.domain.execution.NodeRunStatus.SKIPPED;
import static dev.glyphic.domain.execution.NodeRunStatus.SUCCEEDED;
import static dev.glyphic.domain.execution.NodeRunStatus.TIMED_OUT;
import static dev.glyphic.domain.execution.NodeRunStatus.WAITING;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place that says which status a node run may move to from which. Every move not in the table is refused;
 * the rules that are not obvious:
 * <ul>
 * <li><b>running → pending</b> schedules the next attempt: after a failure with attempts left, after a worker's
 * lease ran out (the worker is presumed dead; the step may have half-run, which is why the idempotency key survives
 * it, see {@link NodeRun#idempotencyKey()}), or when a worker shutting down hands its claim back.</li>
 * <li><b>waiting → pending is refused.</b> A waiting run holds no lease, so there is no lease to lose and nothing to
 * retry; it leaves waiting when its approval, delay or child execution decides.</li>
 * <li><b>waiting → succeeded / failed are allowed</b> without running again: an approval is granted or rejected,
 * a child execution ends, a delay elapses.</li>
 * <li><b>Only pending may be skipped.</b> Skipping is the decision not to run a node whose branch was not taken;
 * a node that has started can only end.</li>
 * <li><b>pending → failed / timed_out / succeeded are refused.</b> A run that never started has not failed and
 * cannot have overrun its own timeout (that counts from its start); when the execution's deadline passes, its
 * pending runs are cancelled.</li>
 * <li><b>No status moves to itself</b>, and <b>final statuses go nowhere</b>, with one explicit exception outside
 * the table: {@link #checkRetryFromFailedNode}.</li>
 * </ul>
 */
public final class NodeRunTransitions {
    private static final Map<NodeRunStatus, Set<NodeRunStatus>> NEXT = new EnumMap<>(Map.of(
            PENDING, EnumSet.of(RUNNING, SKIPPED, CANCELLED),
            RUNNING, EnumSet.of(WAITING, SUCCEEDED, FAILED, CANCELLED, TIMED_OUT, PENDING),
            WAITING, EnumSet.of(RUNNING, SUCCEEDED, FAILED, CANCELLED, TIMED_OUT),
            SUCCEEDED, EnumSet.noneOf(NodeRunStatus.class),
            FAILED, EnumSet.noneOf(NodeRunStatus.class),
            SKIPPED, EnumSet.noneOf(NodeRunStatus.class),
            CANCELLED, EnumSet.noneOf(NodeRunStatus.class),
            TIMED_OUT, EnumSet.noneOf(NodeRunStatus.class)));

    static {
        for (NodeRunStatus status : NodeRunStatus.values()) {
            if (!NEXT.containsKey(status)) {
                throw new ExceptionInInitializerError("every node run status needs a row: " + status);
            }
            if (status.isFinal() != NEXT.get(status).isEmpty()) {
                throw new ExceptionInInitializerError("exactly the final statuses have no way out: " + status);
            }
        }
    }

    private NodeRunTransitions() {
    }

    public static Transition check(NodeRunStatus from, NodeRunStatus to) {
        if (NEXT.get(from).contains(to)) {
            return Transition.ALLOWED;
        }
        if (from.isFinal()) {
            return new Transition.Refused("a " + from.wireName() + " node run is final");
        }
        if (from == to) {
            return new Transition.Refused("the node run is already " + from.wireName());
        }
        return new Transition.Refused("a " + from.wireName() + " node run may only become " + NEXT.get(from).stream()
                .map(NodeRunStatus::wireName).collect(Collectors.joining(", ")));
    }

    /** The statuses a node run may move to from {@code from}; empty for a final status. */
    public static Set<NodeRunStatus> targets(NodeRunStatus from) {
        return Collections.unmodifiableSet(NEXT.get(from));
    }

    /**
     * Retry from the failed node: failed → pending, on a person's explicit request, never by the engine alone (its
     * own retries happen before a run is final, through running → pending). Kept out of the table so that no code
     * path can reopen a failed run by accident. Only failed runs qualify: a skipped, cancelled or succeeded run did
     * not fail. A timed-out run is left out on purpose: its timeout is its configuration's verdict, an unchanged
     * re-run would most likely time out again, and a replay on an edited definition is the way on.
     */
    public static Transition checkRetryFromFailedNode(NodeRunStatus from) {
        return from == FAILED
                ? Transition.ALLOWED
                : new Transition.Refused("only a failed node run can be retried; this one is " + from.wireName());
    }
}
