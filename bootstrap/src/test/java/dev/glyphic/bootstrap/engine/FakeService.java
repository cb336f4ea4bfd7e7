package dev.glyphic.bootstrap.engine;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.glyphic.persistence.testing.Await;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A third party that workflows call: a real HTTP server on loopback whose answers the test scripts per path, and
 * which remembers every request it got (with its Idempotency-Key). Each request has a thread of its own, so a held
 * answer holds nothing else; closing opens every {@link Gate}, so no held request outlives the test.
 */
final class FakeService implements AutoCloseable {
    /** A request as it arrived; {@code n} counts the requests to its path, from 1. */
    record Request(int n, String method, String path, String idempotencyKey) {
    }

    record Answer(int status, String body) {
        static Answer json(int status, String body) {
            return new Answer(status, body);
        }
    }

    @FunctionalInterface
    interface Script {
        Answer answer(Request request) throws InterruptedException;
    }

    /** Holds answers until the test opens it; counts who waits at it. */
    static final class Gate {
        private final CountDownLatch open = new CountDownLatch(1);
        private final CountDownLatch arrived;

        Gate(int expected) {
            this.arrived = new CountDownLatch(expected);
        }

        /** Waits (as the service's request thread) until the gate opens; false when it never did. */
        boolean pass() throws InterruptedException {
            arrived.countDown();
            return open.await(20, TimeUnit.SECONDS);
        }

        /** Waits (as the test) until the expected requests wait here. */
        boolean awaitArrivals() throws InterruptedException {
            return arrived.await(Await.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }

        void open() {
            open.countDown();
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final List<Request> seen = new ArrayList<>();
    private final List<Gate> gates = new ArrayList<>();

    private FakeService(HttpServer server) {
        this.server = server;
    }

    static FakeService start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeService service = new FakeService(server);
            server.createContext("/", service::handle);
            server.setExecutor(service.threads);
            server.start();
            return service;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake service", e);
        }
    }

    FakeService on(String path, Script script) {
        scripts.put(path, script);
        return this;
    }

    Gate gate(int expected) {
        Gate gate = new Gate(expected);
        synchronized (gates) {
            gates.add(gate);
        }
        return gate;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Request> seen(String path) {
        synchronized (seen) {
            return seen.stream().filter(r -> r.path().equals(path)).toList();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Request request;
        synchronized (seen) {
            int n = (int) seen.stream().filter(r -> r.path().equals(path)).count() + 1;
            request = new Request(n, exchange.getRequestMethod(), path,
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            seen.add(request);
        }
        Answer answer;
        try {
            Script script = scripts.get(path);
            answer = script == null ? Answer.json(404, "{\"error\":\"no such path\"}") : script.answer(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = Answer.json(500, "{\"error\":\"interrupted\"}");
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try (exchange) {
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        } catch (IOException e) {
            // The caller gave up on this request (its node timed out, its worker stopped): nobody to answer.
        }
    }

    @Override
    public void close() {
        synchronized (gates) {
            gates.forEach(Gate::open);
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
