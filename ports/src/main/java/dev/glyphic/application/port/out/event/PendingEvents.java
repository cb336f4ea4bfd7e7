package dev.glyphic.application.port.out.event;

import dev.glyphic.domain.event.DomainEvent;
import dev.glyphic.domain.event.EventId;
import dev.glyphic.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox as the dispatcher works it off. {@link #claim} and {@link #purge} read across orgs; {@link #lock} and
 * {@link #dispatched} run in the event's org's transaction.
 */
public interface PendingEvents {

    record Claim(OrgId orgId, EventId id) {
    }

    /** Undispatched events no other instance holds, held by this one until {@code until}; the oldest first. */
    List<Claim> claim(Instant now, Instant until, int limit);

    /** The event, locked, if it is still undispatched: whoever dispatches it waits for whoever does already. */
    Optional<DomainEvent> lock(OrgId orgId, EventId id);

    void dispatched(OrgId orgId, EventId id, Instant at);

    /** Deletes up to {@code limit} events dispatched before {@code before}; answers how many. */
    int purge(Instant before, int limit);
}
