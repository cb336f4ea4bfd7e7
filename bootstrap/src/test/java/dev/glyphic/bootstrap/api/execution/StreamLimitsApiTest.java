package dev.glyphic.bootstrap.api.execution;

import static dev.glyphic.bootstrap.api.execution.Executions.approval;
import static dev.glyphic.bootstrap.api.execution.Executions.run;
import static dev.glyphic.bootstrap.api.execution.Executions.workflow;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.retryAfter;
import static dev.glyphic.bootstrap.testing.Expect.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.bootstrap.testing.AbuseServers;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestServer;
import dev.glyphic.bootstrap.testing.TestUser;
import dev.glyphic.persistence.testing.Await;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Live event streams are bounded (on a server allowing 2 per caller, 3 per org, 5 in all, with 3 pooled
 * connections) and end with the session they were opened in.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StreamLimitsApiTest {
    private static final TestServer SERVER = AbuseServers.streams();
    private static final Api API = new Api(SERVER);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private record Target(Executions.Space space, String execution) {
        String path() {
            return space.execution(execution) + "/events";
        }

        URI events() {
            return URI.create(SERVER.uri() + path());
        }
    }

    /** An execution that waits for an approval, so its stream stays open. */
    private static Target waitingExecution(TestOrg org) {
        Executions.Space space = Executions.newSpace(API, org);
        String workflowId = workflow(API, space, org.member(), approval("member", true));
        return new Target(space, status(201, run(API, space, org.member(), workflowId, null)).text("id"));
    }

    private static HttpResponse<InputStream> open(Target target, TestUser who) {
        return open(target, who.accessToken());
    }

    private static HttpResponse<InputStream> open(Target target, String token) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(target.events()).header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<InputStream> opened(Target target, TestUser who, List<HttpResponse<InputStream>> all) {
        HttpResponse<InputStream> stream = open(target, who);
        all.add(stream);
        assertEquals(200, stream.statusCode(), () -> body(stream));
        return stream;
    }

    private static void refused(Target target, TestUser who, String because) {
        Api.Reply refused = problem(429, "rate-limited", API.get(target.path()).as(who)
                .header("Accept", "text/event-stream").send());
        assertTrue(refused.json().path("detail").asText().contains(because), refused::toString);
        retryAfter(refused);
    }

    private static String body(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    @Test
    @Order(1)
    void streamsAreCappedPerCallerPerOrgAndPerInstanceAndIdleOnesHoldNoPooledConnection() throws Exception {
        TestOrg first = TestOrg.create(API);
        TestOrg second = TestOrg.create(API);
        Target a = waitingExecution(first);
        Target b = waitingExecution(second);
        List<HttpResponse<InputStream>> streams = new ArrayList<>();
        try {
            opened(a, first.viewer(), streams);
            opened(a, first.viewer(), streams);
            refused(a, first.viewer(), "you have 2 event streams open");

            opened(a, first.member(), streams);
            refused(a, first.admin(), "this organization has 3 event streams open");

            opened(b, second.viewer(), streams);
            opened(b, second.viewer(), streams);
            refused(b, second.member(), "this server holds as many event streams as it may");

            // Five idle streams, three pooled connections: every other request still gets one at once.
            for (int i = 0; i < 6; i++) {
                Api.Reply me = API.get("/api/v1/me").as(second.owner()).send();
                assertEquals(200, me.status(), me::toString);
            }
        } finally {
            for (HttpResponse<InputStream> stream : streams) {
                stream.body().close();
            }
        }
    }

    @Test
    @Order(2)
    void loggingOutEndsAStreamOpenedInThatSession() throws Exception {
        endsWith(user -> {
            status(204, API.post("/api/v1/auth/logout", null).as(user).send());
            return user.accessToken();
        });
    }

    @Test
    @Order(3)
    void changingThePasswordEndsAStreamOpenedBefore() throws Exception {
        endsWith(user -> {
            status(200, API.post("/api/v1/auth/password", Api.json("currentPassword", user.password(),
                    "newPassword", "another long password")).as(user).send());
            return user.accessToken();
        });
    }

    /** Opens a stream, does {@code end} to its session, and expects the stream to end and the token to be dead. */
    private static void endsWith(Function<TestUser, String> end) throws Exception {
        TestOrg org = TestOrg.create(API);
        Target target = waitingExecution(org);
        HttpResponse<InputStream> stream = openOnceSlotsFree(target, org.viewer());
        CompletableFuture<List<String>> lines = CompletableFuture.supplyAsync(() -> readToEnd(stream.body()));

        String token = end.apply(org.viewer());

        List<String> received = lines.get(25, TimeUnit.SECONDS);
        assertTrue(received.contains("event: status") || received.contains("event:status"), received::toString);
        assertEquals(401, open(target, token).statusCode(), "the token died with its session");
    }

    /** Streams closed by the test before are released when the server notices the closed socket. */
    private static HttpResponse<InputStream> openOnceSlotsFree(Target target, TestUser who) {
        AtomicReference<String> refusal = new AtomicReference<>();
        return Await.until("a stream slot to free", () -> {
            HttpResponse<InputStream> stream = open(target, who);
            if (stream.statusCode() == 200) {
                return Optional.of(stream);
            }
            refusal.set(stream.statusCode() + " " + body(stream));
            return Optional.empty();
        }, () -> "the last refusal: " + refusal.get());
    }

    /** Every line until the server ends the stream (a cut connection is an end too). */
    private static List<String> readToEnd(InputStream body) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(cut: " + e.getMessage() + ")");
        }
        return lines;
    }
}
