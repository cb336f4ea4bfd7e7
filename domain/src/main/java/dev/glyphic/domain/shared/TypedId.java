package dev.glyphic.domain.shared;

import java.util.UUID;
import java.util.regex.Pattern;

/** Parsing shared by the typed ids: a malformed id is a validation error, never an exception from the JDK. */
public final class TypedId {
    /**
     * The canonical 8-4-4-4-12 form only: {@link UUID#fromString} alone also takes a sign or misplaced hyphens,
     * which would let one id be spelled several ways.
     */
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private TypedId() {
    }

    public static UUID parse(String raw, String what) {
        if (raw == null || !CANONICAL.matcher(raw).matches()) {
            throw Violation.invalid("malformed_id", what + " must be a UUID");
        }
        return UUID.fromString(raw);
    }
}
