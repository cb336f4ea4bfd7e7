package dev.glyphic.web.problem;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is a stable URI per kind of problem, so clients branch on it rather
 * than on prose; {@code errors} points at each offending field with a JSON Pointer.
 */
public record Problem(@Schema(format = "uri", maxLength = 200) String type, @Schema(maxLength = 200) String title,
                      @Schema(minimum = "400", maximum = "599") int status, @Schema(maxLength = 10000) String detail,
                      @ArraySchema(maxItems = 1000) List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://glyphic.dev/problems/";

    public record FieldError(@Schema(maxLength = 1000) String pointer, @Schema(maxLength = 100) String code,
                             @Schema(maxLength = 2000) String message) {
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
