package dev.glyphic.application.port.out.auth;

import dev.glyphic.domain.identity.EmailLink;
import dev.glyphic.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Links mailed to people (address verification, password reset), stored as digests. Global rows. */
public interface EmailLinkRepository {

    void insert(EmailLink link, TokenDigest digest);

    /** Finds the link and locks its row, so that it is used at most once. */
    Optional<EmailLink> findForUpdate(EmailLink.Purpose purpose, TokenDigest digest);

    /** When the newest link of this purpose was issued to the user, to pace resending. */
    Optional<Instant> lastIssuedAt(UserId userId, EmailLink.Purpose purpose);

    /** Uses up every unused link of this purpose of the user: one that worked makes its older siblings void. */
    void useAll(UserId userId, EmailLink.Purpose purpose, Instant at);

    void markUsed(UUID id, Instant at);

    /** Deletes up to {@code batch} links that expired before {@code cutoff}; answers how many went. */
    int purgeExpiredBefore(Instant cutoff, int batch);
}
