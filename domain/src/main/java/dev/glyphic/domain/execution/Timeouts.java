package dev.glyphic.domain.execution;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Deadlines of executions and node runs: start time plus timeout, for as long as they are under way (running or
 * waiting). A queued execution or a pending run has none: its clock starts when it does, so time spent queued
 * behind a quota or waiting out a backoff is never charged to it; a final one has none either, it is over.
 *
 * <p>Waits count. A node's timeout bounds its attempt from start to end, waits included, and an execution's bounds
 * it from start to end, approvals and delays included; so the engine gives node types that wait by design
 * (approval, delay, sub-workflow) a timeout that covers their configured wait. A node run's start is its current
 * attempt's: each retry gets the whole timeout again.
 */
public final class Timeouts {
    private Timeouts() {
    }

    public static Optional<Deadline> deadline(Execution execution, Duration timeout) {
        boolean underWay = execution.status() == ExecutionStatus.RUNNING
                || execution.status() == ExecutionStatus.WAITING;
        return underWay ? execution.startedAt().map(at -> Deadline.after(at, timeout)) : Optional.empty();
    }

    public static Optional<Deadline> deadline(NodeRun run, Duration timeout) {
        boolean underWay = run.status() == NodeRunStatus.RUNNING || run.status() == NodeRunStatus.WAITING;
        return underWay ? run.startedAt().map(at -> Deadline.after(at, timeout)) : Optional.empty();
    }

    public static boolean isOverdue(Execution execution, Duration timeout, Instant now) {
        return deadline(execution, timeout).map(deadline -> deadline.isOverdue(now)).orElse(false);
    }

    public static boolean isOverdue(NodeRun run, Duration timeout, Instant now) {
        return deadline(run, timeout).map(deadline -> deadline.isOverdue(now)).orElse(false);
    }
}
