package dev.glyphic.web.auth;

import dev.glyphic.application.port.in.auth.SessionTokens;
import dev.glyphic.domain.identity.User;
import dev.glyphic.web.openapi.EmailText;
import dev.glyphic.web.openapi.NameText;
import dev.glyphic.web.openapi.Required;
import dev.glyphic.web.openapi.Timestamp;
import dev.glyphic.web.openapi.Uuid;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** Bodies of the authentication endpoints. Secrets appear in requests and in {@link Tokens}, never in logs. */
public final class AuthJson {
    private AuthJson() {
    }

    public record SignUpRequest(@Required @EmailText String email,
                                @Required @Schema(format = "password", minLength = 10, maxLength = 128) String password,
                                @Required @NameText String name) {
        @Override
        public String toString() {
            return "SignUpRequest[email=" + email + "]";
        }
    }

    public record LogInRequest(@Required @EmailText String email,
                               @Required @Schema(format = "password", maxLength = 1024) String password) {
        @Override
        public String toString() {
            return "LogInRequest[email=" + email + "]";
        }
    }

    public record RefreshRequest(@Required @Schema(maxLength = 200) String refreshToken) {
        @Override
        public String toString() {
            return "RefreshRequest[***]";
        }
    }

    public record ChangePasswordRequest(
            @Required @Schema(format = "password", maxLength = 1024) String currentPassword,
            @Required @Schema(format = "password", minLength = 10, maxLength = 128) String newPassword) {
        @Override
        public String toString() {
            return "ChangePasswordRequest[***]";
        }
    }

    /** {@code emailVerified}: whether the person proved the address (what needs it says so with 403). */
    public record UserJson(@Uuid String id, @EmailText String email, @NameText String name,
                           @Timestamp Instant createdAt, boolean emailVerified) {
        public static UserJson of(User user) {
            return new UserJson(user.id().toString(), user.email().value(), user.name().value(), user.createdAt(),
                    user.emailVerified());
        }
    }

    /** {@code expiresIn} is in seconds, as in OAuth 2.0 token responses. */
    public record Tokens(@Schema(maxLength = 4096) String accessToken, @Schema(maxLength = 200) String refreshToken,
                         @Schema(type = "string", allowableValues = "Bearer") String tokenType,
                         @Schema(minimum = "1", maximum = "900") long expiresIn, UserJson user) {
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
