package dev.glyphic.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Items handed in while a group commits wait and share the next one; each caller gets its own item's outcome; a key
 * commits one group at a time while other keys commit beside it; a group that fails is committed again one by one.
 * Each test holds a first group in its commit (a latch) to make the others wait, so nothing depends on timing.
 */
class GroupCommitTest {
    @Test
    void itemsHandedInWhileAGroupCommitsShareTheNextCommitAndEachGetsItsOwnOutcome() throws Exception {
        List<List<String>> commits = new CopyOnWriteArrayList<>();
        try (Held held = new Held(1, "a-first", (key, items) -> {
            commits.add(items);
            return items.stream().map(String::toUpperCase).toList();
        })) {
            Future<String> first = held.submitHeld();
            List<Future<String>> later = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                later.add(held.submit("a-" + i));
            }
            held.awaitWaiting(10);
            held.release();

            assertEquals("A-FIRST", result(first));
            for (int i = 0; i < 10; i++) {
                assertEquals("A-" + i, result(later.get(i)));
            }
            assertEquals(2, commits.size(), () -> "one commit for the first, one for the ten after: " + commits);
            assertEquals(10, commits.get(1).size());
        }
    }

    @Test
    void itemsOfDifferentKeysAreNeverCommittedTogether() throws Exception {
        List<List<String>> commits = new CopyOnWriteArrayList<>();
        try (Held held = new Held(1, "z", (key, items) -> {
            commits.add(items);
            return items;
        })) {
            Future<String> first = held.submitHeld();
            List<Future<String>> later = new ArrayList<>();
            for (String item : List.of("a1", "b1", "a2", "b2")) {
                later.add(held.submit(item));
            }
            held.awaitWaiting(4);
            held.release();
            result(first);
            for (Future<String> f : later) {
                result(f);
            }

            assertEquals(3, commits.size(), () -> "z alone, then one commit per key: " + commits);
            assertEquals(Set.of(Set.of("z"), Set.of("a1", "a2"), Set.of("b1", "b2")),
                    commits.stream().map(Set::copyOf).collect(Collectors.toSet()));
        }
    }

    @Test
    void aKeyCommitsOneGroupAtATimeWhileOtherKeysCommitBesideIt() throws Exception {
        try (Held held = new Held(4, "a-first", (key, items) -> items)) {
            Future<String> first = held.submitHeld();
            Future<String> sameKey = held.submit("a-second");
            held.awaitWaiting(1);

            assertEquals("b-other", result(held.submit("b-other")),
                    "another key commits while the first key's group is still committing");
            assertFalse(sameKey.isDone(), "the first key's next group waits for its group in flight");
            assertEquals(1, held.group.waiting());

            held.release();
            assertEquals("a-first", result(first));
            assertEquals("a-second", result(sameKey));
        }
    }

    @Test
    void aGroupThatFailsIsCommittedAgainOneByOneSoOnlyTheBadItemFails() throws Exception {
        Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
        try (Held held = new Held(1, "a-first", (key, items) -> {
            items.forEach(item -> tries.computeIfAbsent(item, i -> new AtomicInteger()).incrementAndGet());
            if (items.contains("a-bad")) {
                throw new IllegalArgumentException("bad item");
            }
            return items;
        })) {
            Future<String> first = held.submitHeld();
            Future<String> good = held.submit("a-good");
            held.awaitWaiting(1);
            Future<String> bad = held.submit("a-bad");
            held.awaitWaiting(2);
            held.release();

            assertEquals("a-first", result(first));
            assertEquals("a-good", result(good));
            ExecutionException failed = assertThrows(ExecutionException.class, () -> result(bad));
            assertTrue(failed.getCause() instanceof IllegalArgumentException, () -> "failed with " + failed);
            assertEquals(2, tries.get("a-good").get(), "in the group that failed, then alone");
            assertEquals(2, tries.get("a-bad").get());
        }
    }

    @Test
    void aLoneCallerCommitsItsOwnItemAtOnce() {
        List<List<String>> commits = new ArrayList<>();
        GroupCommit<String, String, Integer> group = new GroupCommit<>(64, 2, GroupCommitTest::keyOf,
                (key, items) -> {
                    commits.add(items);
                    return items.stream().map(String::length).toList();
                });

        assertEquals(5, group.submit("hello"));
        assertEquals(List.of(List.of("hello")), commits);
    }

    /** The key is the item's first letter. */
    private static String keyOf(String item) {
        return item.substring(0, 1);
    }

    private static String result(Future<String> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    /**
     * A group commit whose group holding {@code held} stays in its commit until released, with callers on threads
     * of their own.
     */
    private static final class Held implements AutoCloseable {
        private final String held;
        private final CountDownLatch committing = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        private final ExecutorService callers = Executors.newCachedThreadPool();
        final GroupCommit<String, String, String> group;

        Held(int committers, String held, BiFunction<String, List<String>, List<String>> commit) {
            this.held = held;
            this.group = new GroupCommit<>(64, committers, GroupCommitTest::keyOf, (key, items) -> {
                List<String> outcomes = commit.apply(key, items);
                if (items.contains(held)) {
                    committing.countDown();
                    await(released);
                }
                return outcomes;
            });
        }

        Future<String> submit(String item) {
            return callers.submit(() -> group.submit(item));
        }

        /** Hands in the held item and returns once its group is committing. */
        Future<String> submitHeld() {
            Future<String> future = submit(held);
            await(committing);
            return future;
        }

        void release() {
            released.countDown();
        }

        /** Until {@code count} items wait for a group: the state a test wants, polled without sleeping blind. */
        void awaitWaiting(int count) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (group.waiting() < count) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + group.waiting() + " waiting, not " + count);
                }
                Thread.onSpinWait();
            }
        }

        @Override
        public void close() {
            released.countDown();
            callers.shutdownNow();
        }

        private static void await(CountDownLatch latch) {
            try {
                if (!latch.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("not released in time");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
