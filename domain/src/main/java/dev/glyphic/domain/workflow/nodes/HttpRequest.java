package dev.glyphic.domain.workflow.nodes;

import static dev.glyphic.domain.workflow.FieldSpec.field;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonPointer;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.FieldType;
import dev.glyphic.domain.workflow.Handle;
import dev.glyphic.domain.workflow.LiteralSecrets;
import dev.glyphic.domain.workflow.NodeCategory;
import dev.glyphic.domain.workflow.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

public final class HttpRequest extends DeclaredNodeType {
    /** A run should not hang on one call longer than this; longer waits belong in a delay or approval node. */
    public static final int MAX_TIMEOUT_MS = 300_000;
    private static final BigDecimal MAX_TIMEOUT = BigDecimal.valueOf(MAX_TIMEOUT_MS);
    private static final Pattern USER_INFO = Pattern.compile("(?i)^\\s*https?://[^/@\\s{]*:[^/@\\s]*@");
    private static final Pattern SENSITIVE_TEXT = Pattern.compile(
            "(?i)authorization|x-api-key|cookie|auth|token|secret|api[-_]?key|password");

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

    /** Credential headers and query parameters with written-out values, and a user and password in the URL. */
    @Override
    public List<Violation> literalSecrets(Map<String, Json> fields) {
        List<Violation> found = new ArrayList<>();
        for (String field : List.of("headers", "query")) {
            Json value = fields.get(field);
            if (value instanceof Json.Obj entries) {
                entries.fields().forEach((name, entry) -> {
                    if (LiteralSecrets.sensitiveHeader(name.replace('_', '-')) && LiteralSecrets.literal(entry)) {
                        found.add(Violation.of(JsonPointer.ROOT.at(field).at(name).value().substring(1),
                                LiteralSecrets.CODE, name + " holds a literal credential; compute it at run time "
                                        + "with an expression such as {{ $input.token }}"));
                    }
                });
            } else if (value instanceof Json.Str text && LiteralSecrets.literal(value)
                    && SENSITIVE_TEXT.matcher(text.value()).find()) {
                found.add(Violation.of(field, LiteralSecrets.CODE, field + " writes out a credential"));
            }
        }
        if (fields.get("url") instanceof Json.Str url && USER_INFO.matcher(url.value()).find()) {
            found.add(Violation.of("url", LiteralSecrets.CODE, "the URL holds a user and password"));
        }
        return found;
    }
}
