package dev.glyphic.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.glyphic.web.support.JsonBreach;
import io.micronaut.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A body that is not the JSON we expect: malformed, a field of the wrong type, or a field we do not know. The answer
 * points at the field and never echoes parser internals such as our class names.
 */
final class JsonBodyProblems {
    private JsonBodyProblems() {
    }

    static HttpResponse<Problem> of(JsonProcessingException exception) {
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String pointer = pointer(mapping.getPath());
            Problem.FieldError error = switch (mapping) {
                case JsonBreach e -> new Problem.FieldError(pointer + e.inside(), e.code(), e.getOriginalMessage());
                case UnrecognizedPropertyException e -> new Problem.FieldError(pointer, "unknown_field",
                        "this field is not part of the request");
                case InvalidFormatException e -> new Problem.FieldError(pointer, "wrong_type",
                        "expected " + typeName(e.getTargetType()));
                case MismatchedInputException e -> new Problem.FieldError(pointer, "wrong_type",
                        "expected " + typeName(e.getTargetType()));
                default -> new Problem.FieldError(pointer, "invalid", "this value cannot be read");
            };
            return Problems.respond(Problem.of("malformed-body", "Malformed request body", 400,
                    "the body does not have the expected shape; see errors").withErrors(List.of(error)));
        }
        return malformed(location(exception));
    }

    static HttpResponse<Problem> malformed(String where) {
        return Problems.respond(Problem.of("malformed-json", "Malformed JSON", 400, "the body is not valid JSON" + where));
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .map(part -> part.replace("~", "~0").replace("/", "~1"))
                .collect(Collectors.joining("/", "/", ""));
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
