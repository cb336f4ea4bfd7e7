package dev.glyphic.domain.org;

import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An offer of a role in an organization to whoever signs in with the invited email address. */
public record Invitation(InvitationId id, OrgId orgId, Email email, Role role, UserId invitedBy, Instant createdAt,
                         Instant expiresAt, Optional<Instant> acceptedAt, Optional<Instant> revokedAt) {
    /** Long enough to survive a weekend, short enough that a forwarded link goes stale. */
    public static final Duration VALIDITY = Duration.ofDays(7);

    public enum Status { PENDING, ACCEPTED, EXPIRED, REVOKED }

    public Invitation {
        Objects.requireNonNull(id);
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(email);
        Objects.requireNonNull(role);
        Objects.requireNonNull(invitedBy);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(expiresAt);
        Objects.requireNonNull(acceptedAt);
        Objects.requireNonNull(revokedAt);
    }

    public static Invitation issue(OrgId orgId, Email email, Role role, UserId invitedBy, Instant now) {
        return new Invitation(InvitationId.random(), orgId, email, role, invitedBy, now, now.plus(VALIDITY),
                Optional.empty(), Optional.empty());
    }

    public Status status(Instant now) {
        if (acceptedAt.isPresent()) {
            return Status.ACCEPTED;
        }
        if (revokedAt.isPresent()) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.PENDING : Status.EXPIRED;
    }

    public Invitation accept(Instant now) {
        return new Invitation(id, orgId, email, role, invitedBy, createdAt, expiresAt, Optional.of(now), revokedAt);
    }

    /** Withdraws an invitation nobody has used yet; an accepted one is a membership, removed as such. */
    public Invitation revoke(Instant now) {
        return new Invitation(id, orgId, email, role, invitedBy, createdAt, expiresAt, acceptedAt, Optional.of(now));
    }
}
