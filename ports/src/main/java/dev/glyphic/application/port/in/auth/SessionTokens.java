package dev.glyphic.application.port.in.auth;

import dev.glyphic.domain.identity.User;
import java.time.Duration;

/** What a successful sign-in hands the client: a short access token and the refresh token to renew it. */
public record SessionTokens(String accessToken, String refreshToken, Duration expiresIn, User user) {
    @Override
    public String toString() {
        return "SessionTokens[user=" + user.id() + "]";
    }
}
