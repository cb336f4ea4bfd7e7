package dev.glyphic.application.auth;

import dev.glyphic.application.port.in.auth.SessionTokens;
import dev.glyphic.application.port.out.auth.AccessTokens;
import dev.glyphic.application.port.out.auth.RefreshTokenRepository;
import dev.glyphic.application.port.out.auth.SecretTokens;
import dev.glyphic.domain.identity.SessionId;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.shared.Uuids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Starts and continues sessions: an access token plus a refresh token of the session's family. Runs inside the
 * caller's transaction.
 */
public final class SessionIssuer {
    /** A refresh token unused for this long lapses; using it within the window renews it. */
    public static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);
    private static final String PREFIX = "grt_";

    private final AccessTokens accessTokens;
    private final RefreshTokenRepository refreshTokens;
    private final SecretTokens secrets;
    private final Clock clock;

    public SessionIssuer(AccessTokens accessTokens, RefreshTokenRepository refreshTokens, SecretTokens secrets,
                         Clock clock) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.secrets = secrets;
        this.clock = clock;
    }

    public SessionTokens start(User user) {
        return continueSession(user, SessionId.random());
    }

    public SessionTokens continueSession(User user, SessionId session) {
        Instant now = clock.instant();
        String refresh = PREFIX + secrets.random(32);
        refreshTokens.insert(Uuids.v7(), session, user.id(), secrets.digest(refresh), now,
                now.plus(REFRESH_TOKEN_LIFETIME));
        AccessTokens.Issued access = accessTokens.issue(user.id(), session, now);
        return new SessionTokens(access.token(), refresh, access.expiresIn(), user);
    }
}
