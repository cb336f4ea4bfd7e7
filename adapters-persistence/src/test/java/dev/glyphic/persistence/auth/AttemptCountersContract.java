package dev.glyphic.persistence.auth;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.application.port.out.auth.AttemptCounters;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.persistence.Sql;
import dev.glyphic.persistence.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link AttemptCounters} must do; {@code PgAttemptCountersTest} runs it against PostgreSQL. */
abstract class AttemptCountersContract {
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final Transactions tx = bean(Transactions.class);
    private final AttemptCounters counters = adapter();
    private final Instant now = TestData.now();
    private final String key = "test:" + UUID.randomUUID();

    private AttemptCounters.Count add(String k, Instant at) {
        return tx.global(() -> counters.add(k, at, WINDOW));
    }

    /** The adapter under test, as the application wires it. */
    protected abstract AttemptCounters adapter();

    @Test
    void attemptsAreCountedWithinAWindowThatStartsWithTheFirst() {
        assertEquals(new AttemptCounters.Count(1, now.plus(WINDOW)), add(key, now));
        assertEquals(new AttemptCounters.Count(2, now.plus(WINDOW)), add(key, now.plusSeconds(60)));
        assertEquals(new AttemptCounters.Count(3, now.plus(WINDOW)), add(key, now.plus(WINDOW).minusMillis(1)));
        assertEquals(new AttemptCounters.Count(1, now.plus(WINDOW).plus(WINDOW)), add(key, now.plus(WINDOW)),
                "an ended window starts over");
        assertEquals(1, add("test:" + UUID.randomUUID(), now).attempts(), "another key counts apart");
    }

    @Test
    void attemptsSentTogetherEachSeeTheirOwnCount() throws Exception {
        int parallel = 12;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> counts = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
            for (int i = 0; i < parallel; i++) {
                counts.add(pool.submit(() -> {
                    start.await();
                    return add(key, now).attempts();
                }));
            }
            start.countDown();
            Set<Long> seen = new HashSet<>();
            for (Future<Long> count : counts) {
                seen.add(count.get());
            }
            assertEquals(parallel, seen.size(), "every attempt saw a count of its own: " + seen);
        }
    }

    @Test
    void takingBackAndClearing() {
        add(key, now);
        add(key, now);
        tx.global(() -> {
            counters.takeBack(key);
            return null;
        });
        assertEquals(2, add(key, now).attempts(), "one of two was taken back");
        tx.global(() -> {
            counters.clear(key);
            return null;
        });
        assertEquals(1, add(key, now).attempts());
    }

    @Test
    void purgingDeletesTheKeysWhoseWindowEndedAndNoOthers() {
        String ended = "test:" + UUID.randomUUID();
        add(ended, now.minus(WINDOW).minusSeconds(1));
        add(key, now.minusSeconds(10));

        int purged = 0;
        int round;
        do {
            round = tx.global(() -> counters.purgeEnded(now, 1_000));
            purged += round;
        } while (round == 1_000);

        assertEquals(true, purged >= 1, "at least the ended key: " + purged);
        assertEquals(0, rows(ended), "the ended key is gone");
        assertEquals(1, rows(key), "the live key stays");
        assertEquals(2, add(key, now).attempts(), "with its count");
    }

    private long rows(String k) {
        return tx.global(() -> bean(Sql.class).one("select count(*) as n from attempt_counters where key = ?",
                row -> row.number("n"), k).orElseThrow());
    }
}
