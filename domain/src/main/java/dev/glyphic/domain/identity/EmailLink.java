package dev.glyphic.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A single-use secret we mailed to a person's address, proving that whoever presents it reads that mailbox. Only
 * its digest is stored (the digest is not part of this record); it is bound to the address it was sent to, so a
 * link sent before an address changed proves nothing about the new one.
 */
public record EmailLink(UUID id, UserId userId, Purpose purpose, Email sentTo, Instant createdAt, Instant expiresAt,
                        Optional<Instant> usedAt) {

    public enum Purpose {
        /** A day: mail can be slow and people read it the next morning; the address is all it proves. */
        VERIFY_EMAIL("verify_email", "gev", Duration.ofHours(24)),
        /** Half an hour: a reset link takes over the account, so a stale one in an old mailbox must be worthless. */
        RESET_PASSWORD("reset_password", "gpr", Duration.ofMinutes(30));

        private final String wireName;
        private final String tokenPrefix;
        private final Duration validity;

        Purpose(String wireName, String tokenPrefix, Duration validity) {
            this.wireName = wireName;
            this.tokenPrefix = tokenPrefix;
            this.validity = validity;
        }

        public String wireName() {
            return wireName;
        }

        public String tokenPrefix() {
            return tokenPrefix;
        }

        public Duration validity() {
            return validity;
        }

        public static Purpose parse(String wireName) {
            for (Purpose p : values()) {
                if (p.wireName.equals(wireName)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown email link purpose " + wireName);
        }
    }

    public enum Status { USABLE, USED, EXPIRED }

    public EmailLink {
        Objects.requireNonNull(id);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(sentTo);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(expiresAt);
        Objects.requireNonNull(usedAt);
    }

    public static EmailLink issue(UUID id, User user, Purpose purpose, Instant now) {
        return new EmailLink(id, user.id(), purpose, user.email(), now, now.plus(purpose.validity()),
                Optional.empty());
    }

    public Status status(Instant now) {
        if (usedAt.isPresent()) {
            return Status.USED;
        }
        return now.isBefore(expiresAt) ? Status.USABLE : Status.EXPIRED;
    }
}
