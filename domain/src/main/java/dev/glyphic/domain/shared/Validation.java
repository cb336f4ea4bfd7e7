package dev.glyphic.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects violations across several fields so a caller hears about every problem in one answer. Parsers are the
 * value objects' own factories; an {@link DomainException.Invalid} they throw is re-pointed at the field.
 */
public final class Validation {
    private final List<Violation> violations = new ArrayList<>();

    public <R, T> T required(String field, R raw, Function<R, T> parser) {
        if (raw == null) {
            violations.add(Violation.of(field, "required", field + " is required"));
            return null;
        }
        return optional(field, raw, parser);
    }

    public <R, T> T optional(String field, R raw, Function<R, T> parser) {
        if (raw == null) {
            return null;
        }
        try {
            return parser.apply(raw);
        } catch (DomainException.Invalid invalid) {
            invalid.violations().forEach(v -> violations.add(new Violation("/" + field, v.code(), v.message())));
            return null;
        }
    }

    public void add(Violation violation) {
        violations.add(violation);
    }

    /** Throws when anything was wrong; otherwise every value handed out above is non-null where required. */
    public void check() {
        if (!violations.isEmpty()) {
            throw new DomainException.Invalid(violations);
        }
    }
}
