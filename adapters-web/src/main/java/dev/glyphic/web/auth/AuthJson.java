package dev.glyphic.web.auth;

import dev.glyphic.application.auth.SessionTokens;
import dev.glyphic.domain.identity.User;
import java.time.Instant;

/** Bodies of the authentication endpoints. Secrets appear in requests and in {@link Tokens}, never in logs. */
public final class AuthJson {
    private AuthJson() {
    }

    public record SignUpRequest(String email, String password, String name) {
        @Override
        public String toString() {
            return "SignUpRequest[email=" + email + "]";
        }
    }

    public record LogInRequest(String email, String password) {
        @Override
        public String toString() {
            return "LogInRequest[email=" + email + "]";
        }
    }

    public record RefreshRequest(String refreshToken) {
        @Override
        public String toString() {
            return "RefreshRequest[***]";
        }
    }

    public record ChangePasswordRequest(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "ChangePasswordRequest[***]";
        }
    }

    /** {@code emailVerified}: whether the person proved the address (what needs it says so with 403). */
    public record UserJson(String id, String email, String name, Instant createdAt, boolean emailVerified) {
        public static UserJson of(User user) {
            return new UserJson(user.id().toString(), user.email().value(), user.name().value(), user.createdAt(),
                    user.emailVerified());
        }
    }

    /** {@code expiresIn} is in seconds, as in OAuth 2.0 token responses. */
    public record Tokens(String accessToken, String refreshToken, String tokenType, long expiresIn, UserJson user) {
        public static Tokens of(SessionTokens tokens) {
            return new Tokens(tokens.accessToken(), tokens.refreshToken(), "Bearer", tokens.expiresIn().toSeconds(),
                    UserJson.of(tokens.user()));
        }

        @Override
        public String toString() {
            return "Tokens[user=" + user.id() + "]";
        }
    }
}
