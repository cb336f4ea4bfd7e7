package dev.glyphic.application.port.out.event;

import dev.glyphic.domain.event.DomainEvent;

/**
 * The outbox of domain events. Appending is part of the caller's tenant transaction: the event is stored if and
 * only if the change that caused it commits, and whatever reacts to it later (event-triggered workflows, outbound
 * webhooks) reads it from here, so no event is lost between a commit and a send.
 */
public interface EventOutbox {

    /** Stores the event in the current tenant transaction of its org. */
    void append(DomainEvent event);
}
