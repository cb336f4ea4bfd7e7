package dev.glyphic.domain.identity;

import dev.glyphic.domain.shared.Violation;

/**
 * A password a user chooses. Following NIST SP 800-63B: length is what counts (at least 10), no composition rules,
 * and an upper bound (128) so that hashing cost stays bounded. Never logged: {@link #toString()} hides it.
 */
public record NewPassword(String value) {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    public NewPassword {
        int length = value == null ? 0 : value.codePointCount(0, value.length());
        if (length < MIN_LENGTH) {
            throw Violation.invalid("too_short", "must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw Violation.invalid("too_long", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static NewPassword of(String raw) {
        return new NewPassword(raw);
    }

    @Override
    public String toString() {
        return "NewPassword[***]";
    }
}
