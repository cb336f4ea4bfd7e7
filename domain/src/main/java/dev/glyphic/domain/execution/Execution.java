package dev.glyphic.domain.execution;

import static dev.glyphic.domain.execution.ExecutionStatus.CANCELLED;
import static dev.glyphic.domain.execution.ExecutionStatus.FAILED;
import static dev.glyphic.domain.execution.ExecutionStatus.QUEUED;
import static dev.glyphic.domain.execution.ExecutionStatus.RUNNING;
import static dev.glyphic.domain.execution.ExecutionStatus.SUCCEEDED;
import static dev.glyphic.domain.execution.ExecutionStatus.TIMED_OUT;
import static dev.glyphic.domain.execution.ExecutionStatus.WAITING;

import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a workflow, pinned to the version it started from. Immutable: each transition returns the next state
 * or throws {@link DomainException.Conflict} ({@code illegal_transition}) naming the move, as
 * {@link ExecutionTransitions} decides. Transitions take {@code now} only when they stamp a time.
 *
 * @param workflowVersion the definition version it runs, whatever is saved meanwhile
 * @param startedAt       when a worker first took it up (since its last retry from the failed node)
 * @param completedAt     when it ended; present exactly when its status is final
 * @param error           why it failed; present exactly when it failed
 */
public record Execution(ExecutionId id, OrgId orgId, WorkspaceId workspaceId, WorkflowId workflowId,
                        int workflowVersion, ExecutionStatus status, TriggerType triggerType, Initiator startedBy,
                        Instant createdAt, Optional<Instant> startedAt, Optional<Instant> completedAt,
                        Optional<String> error) {

    public Execution {
        Objects.requireNonNull(id);
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(workflowId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(triggerType);
        Objects.requireNonNull(startedBy);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(completedAt);
        Objects.requireNonNull(error);
        if (workflowVersion < 1) {
            throw new IllegalArgumentException("workflow versions count from 1: " + workflowVersion);
        }
        if (triggerType.needsAPerson() && startedBy instanceof Initiator.System) {
            throw new IllegalArgumentException("a " + triggerType.wireName() + " execution is someone's");
        }
        if (completedAt.isPresent() != status.isFinal()) {
            throw new IllegalArgumentException("exactly a final execution has a completion time: " + status);
        }
        // A cancellation may come before the start or after it; every other status but queued follows a start.
        if (status == QUEUED && startedAt.isPresent()) {
            throw new IllegalArgumentException("a queued execution has not started");
        }
        if (status != QUEUED && status != CANCELLED && startedAt.isEmpty()) {
            throw new IllegalArgumentException("a " + status.wireName() + " execution has a start time");
        }
        if (error.isPresent() != (status == FAILED)) {
            throw new IllegalArgumentException("exactly a failed execution has an error: " + status);
        }
    }

    /** A new execution waiting for a worker. */
    public static Execution queue(OrgId orgId, WorkspaceId workspaceId, WorkflowId workflowId, int workflowVersion,
                                  TriggerType triggerType, Initiator startedBy, Instant now) {
        return new Execution(ExecutionId.random(), orgId, workspaceId, workflowId, workflowVersion, QUEUED,
                triggerType, startedBy, now, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A worker takes up a queued execution. A waiting one {@linkplain #resume() resumes} instead. */
    public Execution start(Instant now) {
        if (status == WAITING) {
            throw refused(RUNNING, "it has started already; a waiting execution resumes");
        }
        return moveTo(RUNNING, Optional.of(now), Optional.empty(), Optional.empty());
    }

    /** Parks a running execution at an approval, a delay or a child execution; no worker holds it meanwhile. */
    public Execution waitFor() {
        return moveTo(WAITING, startedAt, Optional.empty(), Optional.empty());
    }

    /** A waiting execution goes on, keeping its start time. A queued one {@linkplain #start starts} instead. */
    public Execution resume() {
        if (status == QUEUED) {
            throw refused(RUNNING, "it has not started yet; a queued execution starts");
        }
        return moveTo(RUNNING, startedAt, Optional.empty(), Optional.empty());
    }

    public Execution succeed(Instant now) {
        return moveTo(SUCCEEDED, startedAt, Optional.of(now), Optional.empty());
    }

    public Execution fail(String error, Instant now) {
        return moveTo(FAILED, startedAt, Optional.of(now), Optional.of(ErrorText.of(error)));
    }

    public Execution cancel(Instant now) {
        return moveTo(CANCELLED, startedAt, Optional.of(now), Optional.empty());
    }

    public Execution timeOut(Instant now) {
        return moveTo(TIMED_OUT, startedAt, Optional.of(now), Optional.empty());
    }

    /**
     * Reopens a failed execution so that its failed node runs again (see
     * {@link ExecutionTransitions#checkRetryFromFailedNode}). Its clock restarts: the start and completion times and
     * the error are cleared, because the per-execution timeout is a budget for one run and a retry after a week must
     * not be overdue the moment it starts. The first run's times stay in its node runs and logs.
     */
    public Execution retryFromFailedNode() {
        if (ExecutionTransitions.checkRetryFromFailedNode(status) instanceof Transition.Refused(String reason)) {
            throw refused(QUEUED, reason);
        }
        return with(QUEUED, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isFinal() {
        return status.isFinal();
    }

    /**
     * From start to end, once it has ended after starting. Never negative: the two times may come from different
     * workers, whose clocks can disagree by a few milliseconds.
     */
    public Optional<Duration> duration() {
        return startedAt.flatMap(start -> completedAt.map(end -> Duration.between(start, end)))
                .map(d -> d.isNegative() ? Duration.ZERO : d);
    }

    private Execution moveTo(ExecutionStatus target, Optional<Instant> newStartedAt, Optional<Instant> newCompletedAt,
                             Optional<String> newError) {
        if (ExecutionTransitions.check(status, target) instanceof Transition.Refused(String reason)) {
            throw refused(target, reason);
        }
        return with(target, newStartedAt, newCompletedAt, newError);
    }

    private Execution with(ExecutionStatus newStatus, Optional<Instant> newStartedAt, Optional<Instant> newCompletedAt,
                           Optional<String> newError) {
        return new Execution(id, orgId, workspaceId, workflowId, workflowVersion, newStatus, triggerType, startedBy,
                createdAt, newStartedAt, newCompletedAt, newError);
    }

    private DomainException.Conflict refused(ExecutionStatus target, String reason) {
        return IllegalTransition.of("execution " + id, status.wireName(), target.wireName(), reason);
    }
}
