package dev.glyphic.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.persistence.testing.PersistenceContext;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every pooled connection busy beyond the pool's wait is the server being overloaded, not a bug: the use case ends
 * with {@link DomainException.Overloaded} (503 with Retry-After for the API), having done nothing. Measured under load
 * it was a 500: "Connection is not available, request timed out".
 */
class PoolExhaustionTest {

    @Test
    void aTransactionThatFindsNoConnectionWithinThePoolsWaitIsOverloadedAndDoesNothing() throws Exception {
        try (ApplicationContext context = PersistenceContext.start(Map.of(
                "datasources.default.maximum-pool-size", "1",
                "datasources.default.connection-timeout", "250"))) {
            Transactions transactions = context.getBean(Transactions.class);
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Integer> holder = CompletableFuture.supplyAsync(() -> transactions.global(() -> {
                holding.countDown();
                await(release);
                return 1;
            }));
            assertTrue(holding.await(10, TimeUnit.SECONDS), "the only connection is taken");

            DomainException.Overloaded busy = assertThrows(DomainException.Overloaded.class,
                    () -> transactions.global(() -> 2));
            assertTrue(busy.retryAfter().toSeconds() >= 1, busy::toString);

            release.countDown();
            assertEquals(1, holder.get(10, TimeUnit.SECONDS));
            assertEquals(3, transactions.global(() -> 3), "the pool serves again once a connection is back");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
