package dev.glyphic.application.auth;

import dev.glyphic.application.port.out.auth.EmailLinkRepository;
import dev.glyphic.application.port.out.auth.SecretTokens;
import dev.glyphic.domain.identity.EmailLink;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Uuids;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Issues and redeems the single-use links mailed to people. A token is {@code <prefix>_<256 random bits>}; only its
 * SHA-256 digest is stored, so a database leak yields no usable link. Runs inside the caller's transaction.
 */
public final class EmailLinks {
    private static final int SECRET_BYTES = 32;

    private final EmailLinkRepository links;
    private final SecretTokens secrets;
    private final Clock clock;

    public EmailLinks(EmailLinkRepository links, SecretTokens secrets, Clock clock) {
        this.links = links;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Stores a new link for the user's current address; answers the token, to be mailed once committed. */
    public String issue(User user, EmailLink.Purpose purpose) {
        String token = purpose.tokenPrefix() + "_" + secrets.random(SECRET_BYTES);
        links.insert(EmailLink.issue(Uuids.v7(), user, purpose, clock.instant()), secrets.digest(token));
        return token;
    }

    /** When the user was last sent a link of this purpose. */
    public Optional<Instant> lastIssuedAt(User user, EmailLink.Purpose purpose) {
        return links.lastIssuedAt(user.id(), purpose);
    }

    /**
     * A link is worth checking at all: right prefix, plausible length. Lets a caller refuse garbage before doing
     * anything costly (such as hashing a new password).
     */
    public static boolean plausible(String token, EmailLink.Purpose purpose) {
        return token != null && token.startsWith(purpose.tokenPrefix() + "_")
                && token.length() > purpose.tokenPrefix().length() + 32 && token.length() < 200;
    }

    /**
     * Finds and locks a usable link, refusing unknown, used and expired ones with the same codes as invitations.
     * Does not use it up: the caller does, with everything else that link allows, in one transaction.
     */
    public EmailLink redeem(String token, EmailLink.Purpose purpose) {
        if (!plausible(token, purpose)) {
            throw new DomainException.NotFound("link");
        }
        EmailLink link = links.findForUpdate(purpose, secrets.digest(token))
                .orElseThrow(() -> new DomainException.NotFound("link"));
        switch (link.status(clock.instant())) {
            case USED -> throw new DomainException.Conflict("link_used", "this link has already been used");
            case EXPIRED -> throw new DomainException.Conflict("link_expired",
                    "this link has expired; ask for a new one");
            case USABLE -> {
            }
        }
        return link;
    }

    /** Uses up this link and every other unused one of its purpose for the same person. */
    public void useUp(EmailLink link) {
        Instant now = clock.instant();
        links.markUsed(link.id(), now);
        links.useAll(link.userId(), link.purpose(), now);
    }
}
