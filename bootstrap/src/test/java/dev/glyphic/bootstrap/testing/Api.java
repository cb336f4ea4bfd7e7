package dev.glyphic.bootstrap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A plain HTTP client for the test server: what a curl user sends, with JSON helpers for the answers. */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final TestServer server;
    private final URI base;

    public Api() {
        this(TestServer.get());
    }

    /** A client of another test server (one with limits of its own). */
    public Api(TestServer server) {
        this.server = server;
        this.base = server.uri();
    }

    /** The server this client talks to (its mailbox, say). */
    public TestServer server() {
        return server;
    }

    public Call get(String path) {
        return new Call("GET", path, null);
    }

    public Call delete(String path) {
        return new Call("DELETE", path, null);
    }

    public Call post(String path, Object body) {
        return new Call("POST", path, body);
    }

    public Call patch(String path, Object body) {
        return new Call("PATCH", path, body);
    }

    /** A JSON object from alternating keys and values, e.g. {@code json("email", e, "name", n)}. */
    public static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public final class Call {
        private final String method;
        private final String path;
        private final Object body;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Call(String method, String path, Object body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }

        public Call bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Call as(TestUser user) {
            return bearer(user.accessToken());
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Reply send() {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
                headers.forEach(request::header);
                if (body == null) {
                    request.method(method, HttpRequest.BodyPublishers.noBody());
                } else {
                    String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
                    if (!headers.containsKey("Content-Type")) {
                        request.header("Content-Type", "application/json");
                    }
                    request.method(method, HttpRequest.BodyPublishers.ofString(text));
                }
                HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(response);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** An answer: status, headers and the body parsed as JSON (missing when empty or not JSON). */
    public record Reply(int status, HttpResponse<String> raw, JsonNode json) {
        Reply(HttpResponse<String> raw) {
            this(raw.statusCode(), raw, parse(raw.body()));
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public String text(String field) {
            return json.path(field).asText();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        /** The problem type's last segment, e.g. {@code not-found}. */
        public String problem() {
            String type = json.path("type").asText();
            return type.substring(type.lastIndexOf('/') + 1);
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }

        private static JsonNode parse(String body) {
            if (body == null || body.isBlank()) {
                return MissingNode.getInstance();
            }
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }
    }
}
