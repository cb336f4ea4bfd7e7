package dev.glyphic.domain.org;

import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An offer of a role in an organization to whoever signs in with the invited email address. */
public record Invitation(InvitationId id, OrgId orgId, Email email, Role role, UserId invitedBy, Instant createdAt,
                         Instant expiresAt, Optional<Instant> acceptedAt) {
    /** Long enough to survive a weekend, short enough that a forwarded link goes stale. */
    public static final Duration VALIDITY = Duration.ofDays(7);

    public enum Status { PENDING, ACCEPTED, EXPIRED }

    public Invitation {
        Objects.requireNonNull(id);
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(email);
        Objects.requireNonNull(role);
        Objects.requireNonNull(invitedBy);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(expiresAt);
        Objects.requireNonNull(acceptedAt);
    }

    public static Invitation issue(OrgId orgId, Email email, Role role, UserId invitedBy, Instant now) {
        return new Invitation(InvitationId.random(), orgId, email, role, invitedBy, now, now.plus(VALIDITY),
                Optional.empty());
    }

    public Status status(Instant now) {
        if (acceptedAt.isPresent()) {
            return Status.ACCEPTED;
        }
        return now.isBefore(expiresAt) ? Status.PENDING : Status.EXPIRED;
    }

    public Invitation accept(Instant now) {
        return new Invitation(id, orgId, email, role, invitedBy, createdAt, expiresAt, Optional.of(now));
    }
}
