package dev.glyphic.bootstrap.api.abuse;

import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.retryAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestServer;
import dev.glyphic.bootstrap.testing.TestUser;
import dev.glyphic.persistence.testing.Await;
import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A server whose every pooled connection is busy answers 503 {@code overloaded} with Retry-After, also when the
 * connection is wanted to check the caller's token; never a 500. The single connection of this server is held by
 * a request that waits on a table lock taken from outside, so the moment is certain, not timed.
 */
class PoolExhaustionApiTest {

    @Test
    void aRequestThatFindsEveryConnectionBusyIsOverloadedNotABug() throws Exception {
        TestServer server = TestServer.start(Map.of(
                "datasources.default.maximum-pool-size", 1,
                "datasources.default.connection-timeout", 250,
                "glyphic.engine.enabled", false,
                // Sign-ups are counted per client in the database every test server shares: all come from 127.0.0.1.
                "glyphic.abuse.sign-ups-per-client", 1_000_000));
        Api api = new Api(server);
        TestUser ada = TestUser.signUp(api);

        CompletableFuture<Api.Reply> held;
        try (Connection superuser = TestDatabase.get().superuser(); Statement s = superuser.createStatement()) {
            superuser.setAutoCommit(false);
            s.execute("lock table refresh_tokens in access exclusive mode");
            held = CompletableFuture.supplyAsync(() -> api.get("/api/v1/me").as(ada).send());
            awaitLockWaiter(s);

            Api.Reply refused = api.get("/api/v1/me").as(ada).send();

            problem(503, "overloaded", refused);
            retryAfter(refused);
            superuser.rollback();
        }
        assertEquals(200, held.get(30, TimeUnit.SECONDS).status(), "the held request completes once the lock goes");
        assertEquals(200, api.get("/api/v1/me").as(ada).send().status(), "and the server serves again");
    }

    /** Until a backend of the app role waits on the lock, i.e. the server's only connection is taken. */
    private static void awaitLockWaiter(Statement s) {
        Await.until("a request to wait on the lock", () -> {
            try (ResultSet r = s.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                    + "and datname = current_database()")) {
                r.next();
                return Optional.of(r.getInt(1)).filter(waiting -> waiting > 0);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, () -> "none did");
    }
}
