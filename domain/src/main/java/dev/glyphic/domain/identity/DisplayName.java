package dev.glyphic.domain.identity;

import dev.glyphic.domain.shared.Violation;

/** A human-readable name for a person or a thing: trimmed, not blank, at most 200 characters. */
public record DisplayName(String value) {
    private static final int MAX_LENGTH = 200;

    public DisplayName {
        if (value == null || value.isBlank()) {
            throw Violation.invalid("blank", "must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw Violation.invalid("too_long", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static DisplayName of(String raw) {
        return new DisplayName(raw == null ? null : raw.strip());
    }
}
