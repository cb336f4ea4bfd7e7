package dev.glyphic.application.engine.nodes;

import static dev.glyphic.application.engine.nodes.Steps.first;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.glyphic.application.engine.NodeInvocation;
import dev.glyphic.domain.execution.NodeOutcome.Completed;
import dev.glyphic.domain.execution.NodeOutcome.Failed;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.integrations.expression.JsonataExpressionEvaluator;
import dev.glyphic.integrations.http.JdkHttpCalls;
import dev.glyphic.integrations.http.SsrfGuard;
import dev.glyphic.integrations.http.SsrfSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** http.request against a real local server, through the real JDK adapter with loopback allowed. */
class HttpRequestRunnerTest {
    private static final long LIMIT = 1_000;

    private record Received(String method, String rawQuery, Map<String, List<String>> headers, String body) {
    }

    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    /** Holds the slow handler until the test is over; the test thread itself never sleeps. */
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    private final JsonataExpressionEvaluator jsonata = new JsonataExpressionEvaluator();
    private final HttpRequestRunner runner = new HttpRequestRunner(jsonata,
            new JdkHttpCalls(new SsrfGuard(SsrfSettings.of(Set.of(), List.of("127.0.0.1/32")))), LIMIT);
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/json", exchange -> {
            record(exchange);
            exchange.getResponseHeaders().add("X-One", "1");
            exchange.getResponseHeaders().add("X-Two", "a");
            exchange.getResponseHeaders().add("X-Two", "b");
            respond(exchange, 200, "{\"id\": \"v-42\", \"ok\": true}");
        });
        server.createContext("/text", exchange -> respond(exchange, 200, "plain words"));
        server.createContext("/empty", exchange -> respond(exchange, 204, ""));
        server.createContext("/status/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            respond(exchange, Integer.parseInt(path.substring(path.lastIndexOf('/') + 1)), "try later");
        });
        // Answers PostgreSQL cannot store: recorded as they are, the step could never be finished.
        server.createContext("/nul", exchange -> respond(exchange, 200, "{\"s\": \"a\\u0000b\"}"));
        server.createContext("/huge-number", exchange -> respond(exchange, 200, "{\"n\": 1e999999}"));
        server.createContext("/lone-surrogate", exchange -> respond(exchange, 200, "[\"\\ud800\"]"));
        server.createContext("/nul-text", exchange -> respond(exchange, 200, "a\u0000b"));
        server.createContext("/big", exchange -> respond(exchange, 200, "x".repeat((int) LIMIT + 1)));
        server.createContext("/slow", exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        handlers.close();
    }

    @Test
    void a_get_sends_the_idempotency_key_and_passes_on_the_parsed_response() {
        Completed done = assertInstanceOf(Completed.class, run("{\"url\": \"" + url("/json") + "\"}", "{}"));

        assertEquals(Set.of("response"), done.handles());
        assertEquals(JsonText.parse("""
                {"status": 200, "headers": {"x-one": "1", "x-two": ["a", "b"]},
                 "body": {"id": "v-42", "ok": true}}"""),
                withoutStandardHeaders(done.output()));
        Received request = received.remove();
        assertEquals("GET", request.method());
        assertEquals(List.of(Steps.KEY.toString()), request.headers().get("Idempotency-key"));
    }

    @Test
    void a_key_the_author_set_is_kept() {
        run("{\"url\": \"" + url("/json") + "\", \"headers\": {\"idempotency-key\": \"mine-{{ n }}\"}}",
                "{\"n\": 7}");

        assertEquals(List.of("mine-7"), received.remove().headers().get("Idempotency-key"));
    }

    @Test
    void query_parameters_are_percent_encoded_and_added_to_the_url_query() {
        run("""
                {"url": "%s?fixed=1", "query": {"q": "{{ term }}", "tags": ["x y", "ü"], "n": 3, "skip": null}}"""
                .formatted(url("/json")), "{\"term\": \"a b&c=d+e\"}");

        assertEquals("fixed=1&q=a%20b%26c%3Dd%2Be&tags=x%20y&tags=%C3%BC&n=3", received.remove().rawQuery());
    }

    @Test
    void a_post_body_from_an_expression_is_sent_as_json() {
        run("""
                {"method": "POST", "url": "%s", "body": "{{ {'video': $nodes.fetch.body.id, 'views': views} }}",
                 "headers": {"X-Trace": "t-{{ views }}"}}""".formatted(url("/json")), "{\"views\": 12}");

        Received request = received.remove();
        assertEquals("POST", request.method());
        assertEquals(JsonText.parse("{\"video\": \"v-42\", \"views\": 12}"), JsonText.parse(request.body()));
        assertEquals(List.of("application/json"), request.headers().get("Content-type"));
        assertEquals(List.of("t-12"), request.headers().get("X-trace"));
    }

    @Test
    void a_text_response_is_passed_on_as_text_and_an_empty_one_as_null() {
        Completed text = assertInstanceOf(Completed.class,
                run("{\"url\": \"" + url("/text") + "\", \"responseFormat\": \"text\"}", "{}"));
        Completed empty = assertInstanceOf(Completed.class, run("{\"url\": \"" + url("/empty") + "\"}", "{}"));

        assertEquals(JsonText.parse("\"plain words\""), field(text, "body"));
        assertEquals(JsonText.parse("204"), field(empty, "status"));
        assertEquals(JsonText.parse("null"), field(empty, "body"));
    }

    @Test
    void a_body_that_is_not_json_fails_when_json_was_asked_for() {
        Failed failed = assertInstanceOf(Failed.class, run("{\"url\": \"" + url("/text") + "\"}", "{}"));

        assertFalse(failed.retryable());
        assertTrue(failed.error().startsWith("response is not JSON: "), failed.error());
    }

    @Test
    void a_response_postgresql_cannot_store_fails_the_node_and_is_not_retried() {
        for (String path : List.of("/nul", "/huge-number", "/lone-surrogate")) {
            Failed failed = assertInstanceOf(Failed.class, run("{\"url\": \"" + url(path) + "\"}", "{}"), path);
            assertFalse(failed.retryable(), path);
            assertTrue(failed.error().startsWith("unstorable_response: "), failed.error());
        }
        Failed text = assertInstanceOf(Failed.class,
                run("{\"url\": \"" + url("/nul-text") + "\", \"responseFormat\": \"text\"}", "{}"));
        assertTrue(text.error().startsWith("unstorable_response: "), text.error());
    }

    @Test
    void a_server_error_or_throttling_is_retryable_and_a_client_error_is_not() {
        Failed unavailable = assertInstanceOf(Failed.class, run("{\"url\": \"" + url("/status/503") + "\"}", "{}"));
        Failed throttled = assertInstanceOf(Failed.class, run("{\"url\": \"" + url("/status/429") + "\"}", "{}"));
        Failed notFound = assertInstanceOf(Failed.class, run("{\"url\": \"" + url("/status/404") + "\"}", "{}"));

        assertTrue(unavailable.retryable());
        assertEquals("HTTP 503 from 127.0.0.1: try later", unavailable.error());
        assertTrue(throttled.retryable());
        assertFalse(notFound.retryable());
        assertEquals("HTTP 404 from 127.0.0.1: try later", notFound.error());
    }

    @Test
    void a_response_over_the_limit_is_refused_and_not_retried() {
        Failed failed = assertInstanceOf(Failed.class, run("{\"url\": \"" + url("/big") + "\"}", "{}"));

        assertFalse(failed.retryable());
        assertTrue(failed.error().startsWith("request refused (response_too_large): "), failed.error());
    }

    @Test
    void a_timeout_is_retryable() {
        Failed failed = assertInstanceOf(Failed.class,
                run("{\"url\": \"" + url("/slow") + "\", \"timeoutMs\": 300}", "{}"));

        assertTrue(failed.retryable());
        assertTrue(failed.error().startsWith("request failed (timeout): "), failed.error());
    }

    @Test
    void a_target_the_guard_forbids_is_refused_and_not_retried() {
        HttpRequestRunner guarded = new HttpRequestRunner(jsonata, new JdkHttpCalls(new SsrfGuard(SsrfSettings.NONE)),
                LIMIT);

        Failed failed = assertInstanceOf(Failed.class,
                guarded.run(first("http.request", "{\"url\": \"" + url("/json") + "\"}", "{}")));

        assertFalse(failed.retryable());
        assertTrue(failed.error().startsWith("request refused (address_not_allowed): "), failed.error());
        assertTrue(received.isEmpty(), "the server must not have been called");
    }

    @Test
    void an_expression_failure_names_its_field_and_sends_nothing() {
        Failed failed = assertInstanceOf(Failed.class, run("""
                {"url": "%s", "headers": {"X-A": "{{ $missing( }}"}}""".formatted(url("/json")), "{}"));

        assertFalse(failed.retryable());
        assertTrue(failed.error().startsWith("field headers: "), failed.error());
        assertTrue(received.isEmpty());
    }

    private NodeOutcome run(String fields, String input) {
        NodeInvocation invocation = first("http.request", fields, input);
        return runner.run(invocation);
    }

    private static Json field(Completed done, String name) {
        return ((Json.Obj) done.output()).get(name).orElseThrow();
    }

    /** Keeps the headers this test's server sets itself, dropping Date and Content-length, which vary. */
    private static Json withoutStandardHeaders(Json output) {
        Json.Obj object = (Json.Obj) output;
        Json.Obj headers = (Json.Obj) object.get("headers").orElseThrow();
        Map<String, Json> kept = new LinkedHashMap<>(headers.fields());
        kept.keySet().removeIf(name -> !name.startsWith("x-"));
        Map<String, Json> fields = new LinkedHashMap<>(object.fields());
        fields.put("headers", new Json.Obj(kept));
        return new Json.Obj(fields);
    }

    private void record(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()), body));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }
}
