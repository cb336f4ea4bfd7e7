package dev.glyphic.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Every request has an id, answered in X-Request-Id and carried by its log lines. */
class RequestIdLoggingTest {
    private final Api api = new Api();
    private final Logger access = (Logger) LoggerFactory.getLogger("glyphic.access");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level previous;

    @BeforeEach
    void listen() {
        previous = access.getLevel();
        lines.start();
        access.addAppender(lines);
        access.setLevel(Level.INFO);
    }

    @AfterEach
    void stopListening() {
        access.setLevel(previous);
        access.detachAppender(lines);
    }

    @Test
    void aProxysRequestIdIsKeptAndLoggedWithTheRequest() {
        TestUser ada = TestUser.signUp(api);
        String id = "proxy-" + UUID.randomUUID();

        Api.Reply reply = api.get("/api/v1/me").as(ada).header("X-Request-Id", id).send();

        assertEquals(200, reply.status());
        assertEquals(id, reply.header("X-Request-Id").orElseThrow());
        ILoggingEvent line = lines.list.stream()
                .filter(event -> id.equals(event.getMDCPropertyMap().get("requestId")))
                .findFirst().orElseThrow(() -> new AssertionError("no log line carries " + id + ": " + lines.list));
        assertTrue(line.getFormattedMessage().startsWith("GET /api/v1/me 200 "), line.getFormattedMessage());
    }

    @Test
    void aMalformedRequestIdIsReplacedNotEchoed() {
        Api.Reply reply = api.get("/health").header("X-Request-Id", "no spaces allowed").send();

        String given = reply.header("X-Request-Id").orElseThrow();
        assertNotEquals("no spaces allowed", given);
        assertEquals(given, UUID.fromString(given).toString(), "a fresh UUID");
    }
}
