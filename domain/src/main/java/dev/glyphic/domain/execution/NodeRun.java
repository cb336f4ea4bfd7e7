package dev.glyphic.domain.execution;

import static dev.glyphic.domain.execution.NodeRunStatus.CANCELLED;
import static dev.glyphic.domain.execution.NodeRunStatus.FAILED;
import static dev.glyphic.domain.execution.NodeRunStatus.PENDING;
import static dev.glyphic.domain.execution.NodeRunStatus.RUNNING;
import static dev.glyphic.domain.execution.NodeRunStatus.SKIPPED;
import static dev.glyphic.domain.execution.NodeRunStatus.SUCCEEDED;
import static dev.glyphic.domain.execution.NodeRunStatus.TIMED_OUT;
import static dev.glyphic.domain.execution.NodeRunStatus.WAITING;

import dev.glyphic.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * One node's run within an execution: the logical step, carried through its attempts. Immutable: each transition
 * returns the next state or throws {@link DomainException.Conflict} ({@code illegal_transition}) naming the move, as
 * {@link NodeRunTransitions} decides. Transitions take {@code now} only when they stamp a time.
 *
 * @param retryGeneration how many times a person has retried this step from its failure; 0 for the first run
 * @param attempt         the current attempt within the generation, from 1
 * @param scheduledAt     the earliest time the current attempt may be claimed (later than its creation after a backoff)
 * @param startedAt       when the current attempt started; each retry clears it
 * @param completedAt     when the run ended; present exactly when its status is final
 * @param error           why the latest attempt failed: required once failed, kept while a retry is pending or
 *                        running so that it shows what is being retried, cleared on success
 */
public record NodeRun(NodeRunId id, ExecutionId executionId, String nodeId, int retryGeneration, int attempt,
                      NodeRunStatus status, Instant scheduledAt, Optional<Instant> startedAt,
                      Optional<Instant> completedAt, Optional<String> error) {

    /** The error of an attempt whose worker stopped renewing its lease. */
    public static final String LEASE_LOST = "the worker's lease expired before the step finished";

    public NodeRun {
        Objects.requireNonNull(id);
        Objects.requireNonNull(executionId);
        Objects.requireNonNull(nodeId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(scheduledAt);
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(completedAt);
        Objects.requireNonNull(error);
        if (nodeId.isBlank()) {
            throw new IllegalArgumentException("a node run names its node");
        }
        if (retryGeneration < 0 || attempt < 1) {
            throw new IllegalArgumentException("generations count from 0 and attempts from 1");
        }
        if (completedAt.isPresent() != status.isFinal()) {
            throw new IllegalArgumentException("exactly a final node run has a completion time: " + status);
        }
        // A cancellation may come before the start or after it; skipping always comes before.
        if ((status == PENDING || status == SKIPPED) && startedAt.isPresent()) {
            throw new IllegalArgumentException("a " + status.wireName() + " node run has not started");
        }
        if (status != PENDING && status != SKIPPED && status != CANCELLED && startedAt.isEmpty()) {
            throw new IllegalArgumentException("a " + status.wireName() + " node run has a start time");
        }
        if (status == FAILED && error.isEmpty() || (status == SUCCEEDED || status == SKIPPED) && error.isPresent()) {
            throw new IllegalArgumentException("a failed node run has an error, a succeeded or skipped one none");
        }
    }

    /** The first attempt of a node's run, ready to be claimed from {@code scheduledAt}. */
    public static NodeRun pending(ExecutionId executionId, String nodeId, Instant scheduledAt) {
        return new NodeRun(NodeRunId.random(), executionId, nodeId, 0, 1, PENDING, scheduledAt, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The key a downstream deduplicates this step by: the same for all its attempts (see {@link IdempotencyKey}). */
    public IdempotencyKey idempotencyKey() {
        return IdempotencyKey.of(executionId, nodeId, retryGeneration);
    }

    /** Whether the current attempt may be claimed at {@code now}. */
    public boolean isDue(Instant now) {
        return status == PENDING && !now.isBefore(scheduledAt);
    }

    /** A worker claims the pending attempt. A waiting run {@linkplain #resume() resumes} instead. */
    public NodeRun start(Instant now) {
        if (status == WAITING) {
            throw refused(RUNNING, "it has started already; a waiting node run resumes");
        }
        return moveTo(RUNNING, attempt, scheduledAt, Optional.of(now), Optional.empty(), error);
    }

    public NodeRun waitFor() {
        return moveTo(WAITING, attempt, scheduledAt, startedAt, Optional.empty(), error);
    }

    /** A waiting run goes on, keeping its start time. A pending one {@linkplain #start starts} instead. */
    public NodeRun resume() {
        if (status == PENDING) {
            throw refused(RUNNING, "it has not started yet; a pending node run starts");
        }
        return moveTo(RUNNING, attempt, scheduledAt, startedAt, Optional.empty(), error);
    }

    public NodeRun succeed(Instant now) {
        return moveTo(SUCCEEDED, attempt, scheduledAt, startedAt, Optional.of(now), Optional.empty());
    }

    /** Fails the run for good, whatever attempts are left; {@link #afterFailure} is the retrying way. */
    public NodeRun fail(String error, Instant now) {
        return moveTo(FAILED, attempt, scheduledAt, startedAt, Optional.of(now), Optional.of(ErrorText.of(error)));
    }

    public NodeRun skip(Instant now) {
        return moveTo(SKIPPED, attempt, scheduledAt, startedAt, Optional.of(now), Optional.empty());
    }

    public NodeRun cancel(Instant now) {
        return moveTo(CANCELLED, attempt, scheduledAt, startedAt, Optional.of(now), error);
    }

    public NodeRun timeOut(Instant now) {
        return moveTo(TIMED_OUT, attempt, scheduledAt, startedAt, Optional.of(now), error);
    }

    /** Schedules the next attempt of a running run for {@code at}: back to pending, one attempt further. */
    public NodeRun retryAt(String error, Instant at) {
        return moveTo(PENDING, attempt + 1, at, Optional.empty(), Optional.empty(), Optional.of(ErrorText.of(error)));
    }

    /**
     * A running attempt failed: retry it when the policy has attempts left, otherwise fail the run. Only a running
     * attempt can fail into a retry; a waiting run that fails (a rejected approval) {@linkplain #fail fails}.
     */
    public NodeRun afterFailure(String error, RetryPolicy policy, Instant now, DoubleSupplier random) {
        if (status != RUNNING) {
            throw refused(PENDING, "only a running attempt fails into a retry");
        }
        return policy.nextAttemptAt(attempt, now, random)
                .map(at -> retryAt(error, at))
                .orElseGet(() -> fail(error, now));
    }

    /**
     * The worker holding this attempt stopped renewing its lease and is presumed dead. The lost attempt counts: a
     * step that kills its worker every time (a poison input) must run out of attempts, not loop forever. Its
     * successor keeps the idempotency key, since the lost attempt may have half-run.
     */
    public NodeRun afterLeaseLost(RetryPolicy policy, Instant now, DoubleSupplier random) {
        return afterFailure(LEASE_LOST, policy, now, random);
    }

    /**
     * A worker shutting down hands its claim back, to be claimed again at once. The attempt did not fail, so it does
     * not count; whatever it began is deduplicated through the unchanged idempotency key.
     */
    public NodeRun release(Instant now) {
        return moveTo(PENDING, attempt, now, Optional.empty(), Optional.empty(), error);
    }

    /**
     * A person retries the step from its failure (see {@link NodeRunTransitions#checkRetryFromFailedNode}): a new
     * generation, so a new idempotency key, and a fresh set of attempts under the retry policy.
     */
    public NodeRun retryFromFailedNode(Instant now) {
        if (NodeRunTransitions.checkRetryFromFailedNode(status) instanceof Transition.Refused(String reason)) {
            throw refused(PENDING, reason);
        }
        return new NodeRun(id, executionId, nodeId, retryGeneration + 1, 1, PENDING, now, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public boolean isFinal() {
        return status.isFinal();
    }

    /** From the current attempt's start to the run's end; never negative, as workers' clocks may disagree. */
    public Optional<Duration> duration() {
        return startedAt.flatMap(start -> completedAt.map(end -> Duration.between(start, end)))
                .map(d -> d.isNegative() ? Duration.ZERO : d);
    }

    private NodeRun moveTo(NodeRunStatus target, int newAttempt, Instant newScheduledAt, Optional<Instant> newStartedAt,
                           Optional<Instant> newCompletedAt, Optional<String> newError) {
        if (NodeRunTransitions.check(status, target) instanceof Transition.Refused(String reason)) {
            throw refused(target, reason);
        }
        return new NodeRun(id, executionId, nodeId, retryGeneration, newAttempt, target, newScheduledAt, newStartedAt,
                newCompletedAt, newError);
    }

    private DomainException.Conflict refused(NodeRunStatus target, String reason) {
        return IllegalTransition.of("node run " + id + " of node '" + nodeId + "'", status.wireName(),
                target.wireName(), reason);
    }
}
