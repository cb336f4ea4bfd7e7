package dev.glyphic.application.auth;

import dev.glyphic.application.port.in.auth.RefreshSession;
import dev.glyphic.application.port.in.auth.SessionTokens;
import dev.glyphic.application.port.out.auth.RefreshTokenRepository.StoredRefreshToken;
import dev.glyphic.application.port.out.auth.RefreshTokenRepository;
import dev.glyphic.application.port.out.auth.SecretTokens;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class RefreshSessionService implements RefreshSession {
    private final Transactions transactions;
    private final RefreshTokenRepository refreshTokens;
    private final UserRepository users;
    private final SecretTokens secrets;
    private final SessionIssuer sessions;
    private final Clock clock;

    public RefreshSessionService(Transactions transactions, RefreshTokenRepository refreshTokens,
                                 UserRepository users, SecretTokens secrets, SessionIssuer sessions, Clock clock) {
        this.transactions = transactions;
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.secrets = secrets;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public SessionTokens refresh(String refreshToken) {
        // The revocation on reuse must commit although the request fails, so the transaction returns empty.
        Optional<SessionTokens> renewed = transactions.global(() -> rotate(refreshToken));
        return renewed.orElseThrow(() -> new DomainException.Unauthenticated("refresh token is invalid"));
    }

    private Optional<SessionTokens> rotate(String refreshToken) {
        Instant now = clock.instant();
        Optional<StoredRefreshToken> found = refreshTokens.findForUpdate(secrets.digest(refreshToken));
        if (found.isEmpty() || found.get().revokedAt().isPresent() || !now.isBefore(found.get().expiresAt())) {
            return Optional.empty();
        }
        StoredRefreshToken token = found.get();
        if (token.usedAt().isPresent()) {
            // A replaced token came back: someone holds a copy. End the session for both holders.
            refreshTokens.revokeSession(token.session(), now);
            return Optional.empty();
        }
        refreshTokens.markUsed(token.id(), now);
        return users.find(token.userId()).map(user -> sessions.continueSession(user, token.session()));
    }
}
