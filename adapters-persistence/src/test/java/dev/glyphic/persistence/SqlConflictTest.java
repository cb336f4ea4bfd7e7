package dev.glyphic.persistence;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.transaction.TransientConflict;
import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A transaction the database aborts to break a deadlock surfaces as a {@link TransientConflict}, not a failure. */
class SqlConflictTest {
    private final Transactions tx = bean(JdbcTransactions.class);
    private final Sql sql = bean(Sql.class);

    @Test
    void theLoserOfADeadlockGetsATransientConflict() throws Exception {
        UUID a = user();
        UUID b = user();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        // Threads of their own: the common pool may have one thread on a small machine, which would serialise them.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> lockInOrder(a, b, bothHoldOne), threads);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> lockInOrder(b, a, bothHoldOne), threads);

        List<Throwable> failures = new ArrayList<>();
        for (CompletableFuture<Void> each : List.of(first, second)) {
            try {
                each.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }

        threads.shutdown();
        assertEquals(1, failures.size(), "PostgreSQL aborts exactly one of the two: " + failures);
        assertInstanceOf(TransientConflict.class, failures.get(0));
    }

    private void lockInOrder(UUID one, UUID other, CountDownLatch bothHoldOne) {
        tx.global(() -> {
            sql.update("update users set name = 'first' where id = ?", one);
            bothHoldOne.countDown();
            try {
                bothHoldOne.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return sql.update("update users set name = 'second' where id = ?", other);
        });
    }

    private static UUID user() throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection su = TestDatabase.get().superuser(); Statement s = su.createStatement()) {
            s.execute("insert into users (id, email, name, created_at, updated_at) values ('" + id + "', 'd-" + id
                    + "@example.com', 'D', now(), now())");
        }
        return id;
    }
}
