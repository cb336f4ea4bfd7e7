package dev.glyphic.application.event;

import dev.glyphic.application.engine.ExecutionStarter;
import dev.glyphic.application.outbound.OutboundDeliveries;
import dev.glyphic.application.port.in.event.DispatchEvents;
import dev.glyphic.application.port.out.event.EventSubscriptions;
import dev.glyphic.application.port.out.event.PendingEvents;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.application.shared.ClaimedWork;
import dev.glyphic.domain.event.DomainEvent;
import dev.glyphic.domain.event.EventFilter;
import dev.glyphic.domain.event.EventSubscription;
import dev.glyphic.domain.event.ExecutionEvents;
import dev.glyphic.domain.execution.Initiator;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Acts on the outbox: claims a batch of undispatched events across orgs, then per org in one transaction locks and
 * re-reads each event, starts every listening {@code trigger.event} workflow of its workspace whose filter passes,
 * queues a delivery for every endpoint that listens to its type, and marks it dispatched. The run's key ({@code event:<event>:<workflow>:<node>}) and the event's lock make each
 * reaction happen once; a crash before the commit leaves the event undispatched, so none is lost.
 */
public final class DispatchEventsService implements DispatchEvents {
    private static final Logger LOG = Logger.getLogger(DispatchEventsService.class.getName());
    private static final int PURGE_BATCH = 1_000;
    /** Purging reads the dispatched events; once a minute is plenty for a retention counted in days. */
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final Transactions transactions;
    private final PendingEvents pending;
    private final EventSubscriptions subscriptions;
    private final WorkflowRepository workflows;
    private final ExecutionStarter starter;
    private final EventFilter filter;
    private final OutboundDeliveries outbound;
    private final EventLimits limits;
    private final Clock clock;
    private volatile Instant lastPurge = Instant.MIN;

    public DispatchEventsService(Transactions transactions, PendingEvents pending, EventSubscriptions subscriptions,
                                 WorkflowRepository workflows, ExecutionStarter starter, EventFilter filter,
                                 OutboundDeliveries outbound, EventLimits limits, Clock clock) {
        this.transactions = transactions;
        this.pending = pending;
        this.subscriptions = subscriptions;
        this.workflows = workflows;
        this.starter = starter;
        this.filter = filter;
        this.outbound = outbound;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public int dispatch() {
        Instant now = clock.instant();
        List<PendingEvents.Claim> claimed = pending.claim(now, now.plus(limits.claim()), limits.batch());
        ClaimedWork.perOrg(transactions, claimed, PendingEvents.Claim::orgId,
                (orgId, claims) -> claims.forEach(this::dispatch), "event");
        if (claimed.size() < limits.batch() && !now.isBefore(lastPurge.plus(PURGE_EVERY))) {
            lastPurge = now;
            pending.purge(now.minus(limits.retention()), PURGE_BATCH);
        }
        return claimed.size();
    }

    private void dispatch(PendingEvents.Claim claim) {
        Optional<DomainEvent> locked = pending.lock(claim.orgId(), claim.id());
        if (locked.isEmpty()) {
            return; // dispatched by another instance meanwhile
        }
        DomainEvent event = locked.get();
        Instant now = clock.instant();
        if (event.depth() < limits.maxDepth()) {
            Json eventJson = EventFilter.json(event);
            for (EventSubscription subscription : subscriptions.listeningTo(event.orgId(), event.workspaceId(),
                    event.type())) {
                Optional<String> refusal = filter.refusal(subscription.filter(), eventJson);
                if (refusal.isPresent()) {
                    LOG.fine(() -> "event " + event.id() + " starts nothing in workflow " + subscription.workflowId()
                            + ": " + refusal.get());
                    continue;
                }
                start(event, eventJson, subscription, now);
            }
        } else {
            LOG.info(() -> "event " + event.id() + " of org " + event.orgId() + " is " + event.depth()
                    + " event-started runs deep, the limit: it starts no more");
        }
        // Outbound webhooks hear of every event, whatever its depth: they start nothing here.
        outbound.queue(event, now);
        pending.dispatched(event.orgId(), event.id(), now);
    }

    private void start(DomainEvent event, Json eventJson, EventSubscription subscription, Instant now) {
        Optional<Workflow> workflow = workflows.find(event.orgId(), event.workspaceId(), subscription.workflowId())
                .filter(w -> w.active() && !w.inTrash());
        if (workflow.isEmpty()) {
            return;
        }
        Json data = new Json.Obj(Map.of("event", eventJson, ExecutionEvents.DEPTH, Json.of(event.depth() + 1)));
        try {
            starter.start(new ExecutionStarter.Request(event.orgId(), event.workspaceId(), workflow.get(),
                    workflow.get().version(), TriggerType.EVENT, Initiator.SYSTEM, data, eventJson, Optional.empty(),
                    Optional.empty(), Optional.of("event:" + event.id() + ":" + subscription.workflowId() + ":"
                    + subscription.nodeId()), "event\n" + event.id() + "\n" + subscription.workflowId(), now));
        } catch (DomainException.RateLimited | DomainException.Conflict refused) {
            LOG.info(() -> "event " + event.id() + " could not start workflow " + subscription.workflowId() + ": "
                    + refused.getMessage());
        }
    }
}
