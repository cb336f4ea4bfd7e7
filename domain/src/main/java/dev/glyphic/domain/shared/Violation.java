package dev.glyphic.domain.shared;

/**
 * One broken rule: where (a JSON Pointer into the request), what (a stable machine-readable code) and a sentence
 * for people.
 */
public record Violation(String pointer, String code, String message) {

    public static Violation of(String field, String code, String message) {
        return new Violation("/" + field, code, message);
    }

    /** A violation of a value on its own; {@link Validation} points it at the field it came from. */
    public static DomainException.Invalid invalid(String code, String message) {
        return new DomainException.Invalid(new Violation("", code, message));
    }
}
