package dev.glyphic.integrations.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.glyphic.application.port.out.execution.HttpCalls;
import dev.glyphic.application.port.out.execution.HttpCalls.Failed;
import dev.glyphic.application.port.out.execution.HttpCalls.FailureKind;
import dev.glyphic.application.port.out.execution.HttpCalls.HttpCall;
import dev.glyphic.application.port.out.execution.HttpCalls.HttpOutcome;
import dev.glyphic.application.port.out.execution.HttpCalls.RefusalReason;
import dev.glyphic.application.port.out.execution.HttpCalls.Refused;
import dev.glyphic.application.port.out.execution.HttpCalls.Responded;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HttpCalls} must do, against a real local HTTP server on 127.0.0.1: a target inside our own
 * network, refused until configuration opens it. {@code JdkHttpCallsTest} runs it.
 */
abstract class HttpCallsContract {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final long LIMIT = 1_000;

    private record Received(String method, String path, Map<String, List<String>> headers, String body) {
    }

    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    /** Holds the slow handler until the test is over; the test thread itself never sleeps. */
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    private HttpServer server;
    private final HttpCalls open = adapterOpenToLoopback();
    private final HttpCalls guarded = adapter();

    /** The adapter under test as it ships: nothing inside our own network is open. */
    protected abstract HttpCalls adapter();

    /** The adapter under test, configured to open 127.0.0.1 (and nothing else) to calls. */
    protected abstract HttpCalls adapterOpenToLoopback();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/echo", exchange -> {
            record(exchange);
            exchange.getResponseHeaders().add("X-Reply", "pong");
            respond(exchange, 201, "got " + exchange.getRequestMethod());
        });
        server.createContext("/big", exchange -> {
            record(exchange);
            respond(exchange, 200, "x".repeat((int) LIMIT + 1));
        });
        server.createContext("/exact", exchange -> respond(exchange, 200, "y".repeat((int) LIMIT)));
        server.createContext("/chunked-big", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write("z".repeat(100).getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException expected) {
                // the client hangs up once it has seen enough
            }
        });
        server.createContext("/slow", exchange -> {
            record(exchange);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            record(exchange);
            exchange.getResponseHeaders().add("Location", "/target");
            respond(exchange, 302, "");
        });
        server.createContext("/target", exchange -> {
            record(exchange);
            respond(exchange, 200, "followed");
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
    void the_guard_refuses_the_loopback_server_without_an_allow_list() {
        HttpOutcome outcome = guarded.call(get(url("/echo")));

        assertEquals(RefusalReason.ADDRESS_NOT_ALLOWED, assertInstanceOf(Refused.class, outcome).reason());
        assertTrue(received.isEmpty(), "the server must not have been called");
    }

    @Test
    void a_host_name_resolving_to_loopback_is_refused_without_an_allow_list() {
        HttpOutcome outcome = guarded.call(get(URI.create("http://localhost:" + port() + "/echo")));

        assertEquals(RefusalReason.ADDRESS_NOT_ALLOWED, assertInstanceOf(Refused.class, outcome).reason());
        assertTrue(received.isEmpty());
    }

    @Test
    void a_get_reaches_the_server_with_its_headers_and_the_response_comes_back() {
        HttpCall call = new HttpCall("GET", url("/echo?q=1"), Map.of("X-Trace", "abc", "Accept", "text/plain"),
                Optional.empty(), TIMEOUT, LIMIT);

        Responded response = assertInstanceOf(Responded.class, open.call(call));

        assertEquals(201, response.status());
        assertEquals("got GET", response.body());
        assertEquals(List.of("pong"), response.headers().get("x-reply"));
        Received request = received.remove();
        assertEquals("GET", request.method());
        assertEquals("/echo?q=1", request.path());
        assertEquals(List.of("abc"), request.headers().get("X-trace"));
        assertEquals(List.of("text/plain"), request.headers().get("Accept"));
    }

    @Test
    void a_post_sends_its_body() {
        HttpCall call = new HttpCall("POST", url("/echo"), Map.of("Content-Type", "application/json"),
                Optional.of("{\"name\":\"Zoë\"}"), TIMEOUT, LIMIT);

        Responded response = assertInstanceOf(Responded.class, open.call(call));

        assertEquals("got POST", response.body());
        Received request = received.remove();
        assertEquals("POST", request.method());
        assertEquals("{\"name\":\"Zoë\"}", request.body());
        assertEquals(List.of("application/json"), request.headers().get("Content-type"));
    }

    @Test
    void a_response_slower_than_the_timeout_fails_as_a_timeout() {
        HttpCall call = new HttpCall("GET", url("/slow"), Map.of(), Optional.empty(), Duration.ofMillis(300), LIMIT);

        Failed failed = assertInstanceOf(Failed.class, open.call(call));

        assertEquals(FailureKind.TIMEOUT, failed.kind());
    }

    @Test
    void a_body_over_the_limit_is_refused() {
        Refused refused = assertInstanceOf(Refused.class, open.call(get(url("/big"))));

        assertEquals(RefusalReason.RESPONSE_TOO_LARGE, refused.reason());
    }

    @Test
    void a_streamed_body_over_the_limit_is_refused() {
        Refused refused = assertInstanceOf(Refused.class, open.call(get(url("/chunked-big"))));

        assertEquals(RefusalReason.RESPONSE_TOO_LARGE, refused.reason());
    }

    @Test
    void a_body_of_exactly_the_limit_is_accepted() {
        Responded response = assertInstanceOf(Responded.class, open.call(get(url("/exact"))));

        assertEquals(LIMIT, response.body().length());
    }

    @Test
    void a_redirect_is_returned_as_it_came_and_not_followed() {
        Responded response = assertInstanceOf(Responded.class, open.call(get(url("/moved"))));

        assertEquals(302, response.status());
        assertEquals(List.of("/target"), response.headers().get("location"));
        assertEquals(List.of("/moved"), received.stream().map(Received::path).toList());
    }

    @Test
    void a_url_with_credentials_is_refused_before_any_call() {
        URI withUser = URI.create("http://user:secret@127.0.0.1:" + port() + "/echo");

        Refused refused = assertInstanceOf(Refused.class, open.call(get(withUser)));

        assertEquals(RefusalReason.INVALID_URL, refused.reason());
        assertTrue(received.isEmpty());
    }

    @Test
    void a_url_that_is_not_http_is_refused() {
        Refused refused = assertInstanceOf(Refused.class, open.call(get(URI.create("ftp://127.0.0.1/file"))));

        assertEquals(RefusalReason.INVALID_URL, refused.reason());
    }

    @Test
    void a_header_the_client_controls_is_refused() {
        HttpCall call = new HttpCall("GET", url("/echo"), Map.of("Host", "evil.test"), Optional.empty(), TIMEOUT,
                LIMIT);

        Refused refused = assertInstanceOf(Refused.class, open.call(call));

        assertEquals(RefusalReason.INVALID_REQUEST, refused.reason());
        assertTrue(received.isEmpty());
    }

    @Test
    void a_closed_port_fails_as_a_network_error() {
        int port = port();
        server.stop(0);

        Failed failed = assertInstanceOf(Failed.class,
                open.call(get(URI.create("http://127.0.0.1:" + port + "/echo"))));

        assertEquals(FailureKind.NETWORK, failed.kind());
    }

    private void record(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()), body));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    protected int port() {
        return server.getAddress().getPort();
    }

    private URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    protected static HttpCall get(URI uri) {
        return new HttpCall("GET", uri, Map.of(), Optional.empty(), TIMEOUT, LIMIT);
    }
}
