package dev.glyphic.application.port.out.auth;

import dev.glyphic.domain.identity.SessionId;
import dev.glyphic.domain.identity.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Short-lived signed access tokens that Glyphic issues itself. */
public interface AccessTokens {

    record Issued(String token, Duration expiresIn) {
    }

    /** {@code expiresAt}: a stream opened with the token ends then, as the token does. */
    record Claims(UserId userId, SessionId session, Instant issuedAt, Instant expiresAt) {
    }

    Issued issue(UserId userId, SessionId session, Instant now);

    /**
     * The claims of a token this server signed, unexpired, for this audience; empty for anything else (another
     * issuer's token, an unsigned or forged one, an expired one, one without {@code exp}).
     */
    Optional<Claims> verify(String token);
}
