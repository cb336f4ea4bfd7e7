package dev.glyphic.application.port.out.outbound;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.outbound.Delivery;
import dev.glyphic.domain.outbound.DeliveryAttempt;
import dev.glyphic.domain.outbound.DeliveryId;
import dev.glyphic.domain.outbound.EndpointId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outbound deliveries and their attempts. {@link #claim} reads across orgs; the rest run in the org's transaction. */
public interface Deliveries {

    record Claim(OrgId orgId, DeliveryId id) {
    }

    /** Stores a new delivery unless the event already has one to that endpoint. */
    void create(Delivery delivery);

    /** Due pending deliveries no other sender holds, held by this one until {@code until}; the longest-due first. */
    List<Claim> claim(Instant now, Instant until, int limit);

    Optional<Delivery> find(OrgId orgId, DeliveryId id);

    /** The delivery, locked until the transaction ends. */
    Optional<Delivery> lock(OrgId orgId, DeliveryId id);

    /** Writes its status, attempts and next attempt, and lets go of any claim on it. */
    void update(Delivery delivery);

    /** An endpoint's deliveries, newest first. */
    List<Delivery> list(OrgId orgId, EndpointId endpointId, PageRequest page);

    void recordAttempt(DeliveryAttempt attempt);

    /** A delivery's attempts, oldest first. */
    List<DeliveryAttempt> attempts(OrgId orgId, DeliveryId id, PageRequest page);
}
