package dev.glyphic.domain.shared;

import java.util.UUID;

/** Parsing shared by the typed ids: a malformed id is a validation error, never an exception from the JDK. */
public final class TypedId {
    private TypedId() {
    }

    public static UUID parse(String raw, String what) {
        try {
            if (raw.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw Violation.invalid("malformed_id", what + " must be a UUID");
        }
    }
}
