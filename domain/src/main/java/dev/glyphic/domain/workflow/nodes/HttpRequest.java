package dev.glyphic.domain.workflow.nodes;

import static dev.glyphic.domain.workflow.FieldSpec.field;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.FieldType;
import dev.glyphic.domain.workflow.Handle;
import dev.glyphic.domain.workflow.NodeCategory;
import dev.glyphic.domain.workflow.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public final class HttpRequest extends DeclaredNodeType {
    /** A run should not hang on one call longer than this; longer waits belong in a delay or approval node. */
    public static final int MAX_TIMEOUT_MS = 300_000;
    private static final BigDecimal MAX_TIMEOUT = BigDecimal.valueOf(MAX_TIMEOUT_MS);

    public HttpRequest() {
        super("http.request", NodeCategory.ACTION, "Calls an HTTP endpoint and passes on its response",
                List.of(field("method", FieldType.ENUM).oneOf("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD")
                                .defaultsTo(Json.of("GET")).describe("HTTP method"),
                        field("url", FieldType.STRING).required().expressions().describe("absolute http(s) URL"),
                        field("headers", FieldType.JSON).expressions().describe("object of header names to values"),
                        field("query", FieldType.JSON).expressions().describe("object of query parameters"),
                        field("body", FieldType.TEXT).expressions().describe("request body"),
                        field("timeoutMs", FieldType.INTEGER).defaultsTo(Json.of(30_000))
                                .describe("milliseconds before the call is abandoned"),
                        field("responseFormat", FieldType.ENUM).oneOf("json", "text").defaultsTo(Json.of("json"))
                                .describe("how to read the response body")),
                List.of(Handle.of("input", ValueType.ANY)), List.of(Handle.of("response", ValueType.JSON)));
    }

    @Override
    public List<Violation> crossFieldViolations(Map<String, Json> fields) {
        List<Violation> violations = new ArrayList<>();
        // Compared as BigDecimal: intValue() keeps only the low 32 bits, so 2^32 + 1 would pass as 1.
        if (fields.get("timeoutMs") instanceof Json.Num timeout
                && (timeout.value().signum() <= 0 || timeout.value().compareTo(MAX_TIMEOUT) > 0)) {
            violations.add(Violation.of("timeoutMs", "out_of_range", "must be between 1 and " + MAX_TIMEOUT_MS));
        }
        if (fields.get("url") instanceof Json.Str url && !url.value().contains("{{")
                && !url.value().matches("(?i)^https?://[^\\s/]+.*$")) {
            violations.add(Violation.of("url", "invalid_url", "must be an absolute http(s) URL"));
        }
        return violations;
    }
}
