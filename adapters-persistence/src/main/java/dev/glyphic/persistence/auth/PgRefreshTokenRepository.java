package dev.glyphic.persistence.auth;

import dev.glyphic.application.port.out.auth.RefreshTokenRepository;
import dev.glyphic.application.port.out.auth.TokenDigest;
import dev.glyphic.domain.identity.SessionId;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Singleton
public final class PgRefreshTokenRepository implements RefreshTokenRepository {
    private static final String COLUMNS = "id, session_id, user_id, expires_at, used_at, revoked_at";

    private final Sql sql;

    public PgRefreshTokenRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(UUID id, SessionId session, UserId userId, TokenDigest digest, Instant issuedAt,
                       Instant expiresAt) {
        sql.update("""
                insert into refresh_tokens (id, session_id, user_id, token_digest, issued_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""", id, session.value(), userId.value(), digest.hex(), issuedAt, expiresAt);
    }

    @Override
    public Optional<StoredRefreshToken> findForUpdate(TokenDigest digest) {
        return sql.one("select " + COLUMNS + " from refresh_tokens where token_digest = ? for update",
                row -> new StoredRefreshToken(row.uuid("id"), new SessionId(row.uuid("session_id")),
                        new UserId(row.uuid("user_id")), row.instant("expires_at"), row.optionalInstant("used_at"),
                        row.optionalInstant("revoked_at")),
                digest.hex());
    }

    @Override
    public void markUsed(UUID id, Instant at) {
        sql.update("update refresh_tokens set used_at = ? where id = ?", at, id);
    }

    @Override
    public void revokeSession(SessionId session, Instant at) {
        sql.update("update refresh_tokens set revoked_at = ? where session_id = ? and revoked_at is null",
                at, session.value());
    }

    @Override
    public void revokeAllOf(UserId userId, Instant at) {
        sql.update("update refresh_tokens set revoked_at = ? where user_id = ? and revoked_at is null",
                at, userId.value());
    }
}
