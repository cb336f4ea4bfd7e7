package dev.glyphic.application.engine.nodes;

import dev.glyphic.application.engine.NodeInvocation;
import dev.glyphic.application.engine.NodeRunner;
import dev.glyphic.application.port.out.execution.HttpCalls.HttpCall;
import dev.glyphic.application.port.out.execution.HttpCalls;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.workflow.ExpressionEvaluator;
import dev.glyphic.domain.workflow.nodes.HttpRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code http.request}: renders the request, sends it through {@link HttpCalls} with the step's
 * {@code Idempotency-Key} (unless the author set one), and reads the answer with {@link HttpResponses}.
 */
public final class HttpRequestRunner implements NodeRunner {
    /** Generous for an API's JSON, small enough that a run's stored output stays reasonable. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 5L * 1024 * 1024;
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final FieldReader fields;
    private final HttpCalls http;
    private final long maxResponseBytes;

    public HttpRequestRunner(ExpressionEvaluator evaluator, HttpCalls http, long maxResponseBytes) {
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("the response limit must be positive");
        }
        this.fields = new FieldReader(new HttpRequest(), evaluator);
        this.http = http;
        this.maxResponseBytes = maxResponseBytes;
    }

    @Override
    public String nodeType() {
        return fields.nodeType();
    }

    @Override
    public boolean isPure() {
        return false;
    }

    @Override
    public NodeOutcome run(NodeInvocation invocation) {
        return fields.run(invocation, node -> {
            HttpCall call = call(node, invocation);
            boolean json = node.text("responseFormat").equals("json");
            String host = call.uri().getHost() != null ? call.uri().getHost() : call.uri().toString();
            return HttpResponses.outcome(http.call(call), host, json);
        });
    }

    private HttpCall call(NodeFields node, NodeInvocation invocation) {
        URI uri = uri(node.text("url"), node.value("query"));
        Map<String, String> headers = headers(node.value("headers"));
        Optional<Json> rendered = node.optional("body");
        Optional<String> body = rendered.map(value -> value instanceof Json.Str text ? text.value()
                : JsonText.write(value));
        if (rendered.isPresent() && !(rendered.get() instanceof Json.Str) && !hasHeader(headers, "Content-Type")) {
            // The body was an expression yielding JSON, and JSON is what is sent.
            headers.put("Content-Type", "application/json");
        }
        if (!hasHeader(headers, IDEMPOTENCY_KEY)) {
            headers.put(IDEMPOTENCY_KEY, invocation.idempotencyKey().toString());
        }
        return new HttpCall(node.text("method"), uri, headers, body, timeout(node.value("timeoutMs")),
                maxResponseBytes);
    }

    private static URI uri(String url, Json query) {
        String withQuery = QueryString.append(url, switch (query) {
            case Json.Obj parameters -> parameters;
            case Json.Null n -> Json.EMPTY_OBJECT;
            default -> throw new FieldProblem("query", "must be an object of parameter names to values, was "
                    + NodeFields.shown(query));
        });
        try {
            return new URI(withQuery);
        } catch (URISyntaxException e) {
            throw new FieldProblem("url", "is not a valid URL: " + e.getMessage());
        }
    }

    private static Map<String, String> headers(Json value) {
        Map<String, String> headers = new LinkedHashMap<>();
        switch (value) {
            case Json.Obj object -> object.fields().forEach((name, header) -> {
                switch (header) {
                    case Json.Null n -> {
                        // an unset header is not sent
                    }
                    case Json.Str text -> headers.put(name, text.value());
                    case Json.Num number -> headers.put(name, JsonText.write(number));
                    case Json.Bool bool -> headers.put(name, JsonText.write(bool));
                    default -> throw new FieldProblem("headers", "header " + name + " must be a string, was "
                            + NodeFields.shown(header));
                }
            });
            case Json.Null n -> {
            }
            default -> throw new FieldProblem("headers", "must be an object of header names to values, was "
                    + NodeFields.shown(value));
        }
        return headers;
    }

    private static boolean hasHeader(Map<String, String> headers, String name) {
        return headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
    }

    private static Duration timeout(Json value) {
        if (value instanceof Json.Num millis && millis.value().signum() > 0
                && millis.value().compareTo(BigDecimal.valueOf(HttpRequest.MAX_TIMEOUT_MS)) <= 0) {
            return Duration.ofMillis(millis.value().longValue());
        }
        throw new FieldProblem("timeoutMs", "must be between 1 and " + HttpRequest.MAX_TIMEOUT_MS + ", was "
                + NodeFields.shown(value));
    }
}
