package dev.glyphic.application.engine;

import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;
import java.time.Duration;

/**
 * The operator's cap on the executions one org may have queued. Whatever would queue one more (a run through the
 * API, a sub-workflow node, a retry, a replay) asks first, inside the org's transaction and before writing anything.
 * Concurrent starts may each see room and overshoot by as many as start at once: a bound on the order of the cap is
 * what protects the others, and an exact one would serialise every start of the org.
 */
public final class QueueCap {
    /** Admission takes queued runs many times a second; a client that waits this long finds room unless it floods. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final Executions executions;
    private final int maxQueued;

    public QueueCap(Executions executions, int maxQueued) {
        this.executions = executions;
        this.maxQueued = maxQueued;
    }

    /** Refuses with {@code queue_full} (429, Retry-After) when the org's queue is at the cap. */
    public void requireRoom(OrgId orgId) {
        if (room(orgId) == 0) {
            throw full();
        }
    }

    /**
     * How many more executions the org's queue takes: several starts in one transaction (a round of schedules, a
     * group of webhook calls) count once and share what is left, instead of counting the queue once each.
     */
    public int room(OrgId orgId) {
        return maxQueued - executions.countQueued(orgId, maxQueued);
    }

    /** What a start that finds no room is told. */
    public DomainException.RateLimited full() {
        return new DomainException.RateLimited("queue_full", "queue_full: the organization already has "
                + maxQueued + " executions waiting to start, the most this server allows; try again once "
                + "some have started", RETRY_AFTER);
    }
}
