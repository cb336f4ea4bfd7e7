package dev.glyphic.web.problem;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is a stable URI per kind of problem, so clients branch on it rather
 * than on prose; {@code errors} points at each offending field with a JSON Pointer.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://glyphic.dev/problems/";

    public record FieldError(String pointer, String code, String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(String code, String title, int status, String detail) {
        return new Problem(TYPE_BASE + code, title, status, detail, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, fieldErrors);
    }
}
