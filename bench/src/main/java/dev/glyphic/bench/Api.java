package dev.glyphic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The server's HTTP API as one client sees it: one keep-alive connection, JSON in and out, no retries. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: its status and raw body (kept raw so that measuring does not include parsing it). */
    record Answer(int status, byte[] body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + text(), e);
            }
        }

        String text() {
            String s = new String(body, StandardCharsets.UTF_8);
            return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
        }
    }

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    Api(URI base) {
        this.base = base;
    }

    void token(String accessToken) {
        this.token = accessToken;
    }

    Answer get(String path) {
        return send(request(path).GET().build());
    }

    Answer post(String path, byte[] body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** GET that must answer 200; returns the JSON it answered. */
    JsonNode getJson(String path) {
        return expect(get(path), 200, "GET " + path).json();
    }

    /** POST that must answer {@code expected}; returns the JSON it answered. */
    JsonNode postJson(String path, Object body, int expected) {
        try {
            return expect(post(path, JSON.writeValueAsBytes(body)), expected, "POST " + path).json();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Answer expect(Answer answer, int expected, String what) {
        if (answer.status() != expected) {
            throw new IllegalStateException(what + " answered " + answer.status() + " instead of " + expected + ": "
                    + answer.text());
        }
        return answer;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
