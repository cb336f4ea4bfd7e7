package dev.glyphic.domain.shared;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Instants a client may send: ISO-8601 with a four-digit year. {@code Instant.parse} takes years up to ±1,000,000,000,
 * but PostgreSQL's {@code timestamptz} ends in the year 294276, so an unchecked {@code +300000-01-01T00:00:00Z}
 * failed in the statement as a 500. Every time filter and time cursor checks its range here, the same way.
 */
public final class Instants {
    public static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");

    private Instants() {
    }

    public static boolean inRange(Instant at) {
        return !at.isBefore(MIN) && !at.isAfter(MAX);
    }

    /** A query value; a {@link Validation} points the violation at the parameter it came from. */
    public static Instant parse(String raw) {
        Instant at;
        try {
            at = Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw Violation.invalid("wrong_type", "must be an ISO-8601 instant such as 2025-01-31T12:00:00Z");
        }
        if (!inRange(at)) {
            throw Violation.invalid("out_of_range", "must be between " + MIN + " and 9999-12-31T23:59:59Z");
        }
        return at;
    }
}
