package dev.glyphic.application.port.out.auth;

import dev.glyphic.domain.identity.SessionId;
import dev.glyphic.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens, stored as digests. A session is a family of tokens, each replacing the one before; presenting a
 * replaced token again means it leaked, and the whole family dies.
 */
public interface RefreshTokenRepository {

    record StoredRefreshToken(UUID id, SessionId session, UserId userId, Instant expiresAt, Optional<Instant> usedAt,
                              Optional<Instant> revokedAt) {
    }

    void insert(UUID id, SessionId session, UserId userId, TokenDigest digest, Instant issuedAt, Instant expiresAt);

    /** Finds the token and locks its row, so that two concurrent refreshes with one token cannot both win. */
    Optional<StoredRefreshToken> findForUpdate(TokenDigest digest);

    void markUsed(UUID id, Instant at);

    void revokeSession(SessionId session, Instant at);

    void revokeAllOf(UserId userId, Instant at);
}
