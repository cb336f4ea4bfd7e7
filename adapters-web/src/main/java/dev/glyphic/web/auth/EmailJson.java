package dev.glyphic.web.auth;

import io.swagger.v3.oas.annotations.media.Schema;

/** Bodies of the endpoints that redeem mailed links. Tokens and passwords never reach a log through them. */
public final class EmailJson {
    /** Longer than any token we mint (about 50 characters), short enough to refuse junk unread. */
    public static final int TOKEN_MAX = 200;

    private EmailJson() {
    }

    public record TokenRequest(
            @Schema(description = "the token from the mailed link (after #token=)", maxLength = TOKEN_MAX,
                    requiredMode = Schema.RequiredMode.REQUIRED, example = "gev_Zm9vYmFy…") String token) {
        @Override
        public String toString() {
            return "TokenRequest[***]";
        }
    }

    public record PasswordResetRequest(
            @Schema(description = "the account's address", maxLength = 254,
                    requiredMode = Schema.RequiredMode.REQUIRED, example = "ada@example.com") String email) {
    }

    public record PasswordResetConfirmRequest(
            @Schema(description = "the token from the mailed link (after #token=)", maxLength = TOKEN_MAX,
                    requiredMode = Schema.RequiredMode.REQUIRED) String token,
            @Schema(description = "the new password", minLength = 10, maxLength = 128,
                    requiredMode = Schema.RequiredMode.REQUIRED) String newPassword) {
        @Override
        public String toString() {
            return "PasswordResetConfirmRequest[***]";
        }
    }
}
