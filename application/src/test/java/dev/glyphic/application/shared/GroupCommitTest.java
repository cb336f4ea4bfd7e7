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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Items handed in while a group commits wait and share the next one; each caller gets its own item's outcome; items
 * of different keys never share a commit; a share that fails is committed again one by one.
 */
class GroupCommitTest {
    /** The key is the item's first letter. */
    private static String keyOf(String item) {
        return item.substring(0, 1);
    }

    @Test
    void itemsHandedInWhileAGroupCommitsShareTheNextCommitAndEachGetsItsOwnOutcome() throws Exception {
        CountDownLatch firstCommitting = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<List<String>> commits = new CopyOnWriteArrayList<>();
        GroupCommit<String, String, String> group = new GroupCommit<>(64, 1, GroupCommitTest::keyOf,
                (key, items) -> {
                    commits.add(items);
                    if (items.contains("a-first")) {
                        firstCommitting.countDown();
                        await(releaseFirst);
                    }
                    return items.stream().map(String::toUpperCase).toList();
                });
        ExecutorService callers = Executors.newCachedThreadPool();
        try {
            Future<String> first = callers.submit(() -> group.submit("a-first"));
            await(firstCommitting);
            List<Future<String>> later = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String item = "a-" + i;
                later.add(callers.submit(() -> group.submit(item)));
            }
            awaitWaiting(group, 10);
            releaseFirst.countDown();

            assertEquals("A-FIRST", first.get(10, TimeUnit.SECONDS));
            for (int i = 0; i < 10; i++) {
                assertEquals("A-" + i, later.get(i).get(10, TimeUnit.SECONDS));
            }
            assertEquals(2, commits.size(), () -> "one commit for the first, one for the ten after: " + commits);
            assertEquals(10, commits.get(1).size());
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void itemsOfDifferentKeysAreNeverCommittedTogether() throws Exception {
        CountDownLatch firstCommitting = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<List<String>> commits = new CopyOnWriteArrayList<>();
        GroupCommit<String, String, String> group = new GroupCommit<>(64, 1, GroupCommitTest::keyOf,
                (key, items) -> {
                    commits.add(items);
                    if (items.contains("z")) {
                        firstCommitting.countDown();
                        await(releaseFirst);
                    }
                    return items;
                });
        ExecutorService callers = Executors.newCachedThreadPool();
        try {
            Future<String> first = callers.submit(() -> group.submit("z"));
            await(firstCommitting);
            List<Future<String>> later = new ArrayList<>();
            for (String item : List.of("a1", "b1", "a2", "b2")) {
                later.add(callers.submit(() -> group.submit(item)));
            }
            awaitWaiting(group, 4);
            releaseFirst.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (Future<String> f : later) {
                f.get(10, TimeUnit.SECONDS);
            }

            assertEquals(3, commits.size(), () -> "z alone, then one commit per key: " + commits);
            assertEquals(Set.of(Set.of("z"), Set.of("a1", "a2"), Set.of("b1", "b2")),
                    commits.stream().map(Set::copyOf).collect(Collectors.toSet()));
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aKeyCommitsOneGroupAtATimeWhileOtherKeysCommitBesideIt() throws Exception {
        CountDownLatch firstCommitting = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        GroupCommit<String, String, String> group = new GroupCommit<>(64, 4, GroupCommitTest::keyOf,
                (key, items) -> {
                    if (items.contains("a-first")) {
                        firstCommitting.countDown();
                        await(releaseFirst);
                    }
                    return items;
                });
        ExecutorService callers = Executors.newCachedThreadPool();
        try {
            Future<String> first = callers.submit(() -> group.submit("a-first"));
            await(firstCommitting);
            Future<String> sameKey = callers.submit(() -> group.submit("a-second"));
            awaitWaiting(group, 1);

            assertEquals("b-other", callers.submit(() -> group.submit("b-other")).get(10, TimeUnit.SECONDS),
                    "another key commits while the first key's group is still committing");
            assertFalse(sameKey.isDone(), "the first key's next group waits for its group in flight");
            assertEquals(1, group.waiting());

            releaseFirst.countDown();
            assertEquals("a-first", first.get(10, TimeUnit.SECONDS));
            assertEquals("a-second", sameKey.get(10, TimeUnit.SECONDS));
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aShareThatFailsIsCommittedAgainOneByOneSoOnlyTheBadItemFails() throws Exception {
        CountDownLatch firstCommitting = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
        GroupCommit<String, String, String> group = new GroupCommit<>(64, 1, GroupCommitTest::keyOf,
                (key, items) -> {
                    items.forEach(item -> tries.computeIfAbsent(item, i -> new AtomicInteger()).incrementAndGet());
                    if (items.contains("a-first")) {
                        firstCommitting.countDown();
                        await(releaseFirst);
                    }
                    if (items.contains("a-bad")) {
                        throw new IllegalArgumentException("bad item");
                    }
                    return items;
                });
        ExecutorService callers = Executors.newCachedThreadPool();
        try {
            Future<String> first = callers.submit(() -> group.submit("a-first"));
            await(firstCommitting);
            Future<String> good = callers.submit(() -> group.submit("a-good"));
            awaitWaiting(group, 1);
            Future<String> bad = callers.submit(() -> group.submit("a-bad"));
            awaitWaiting(group, 2);
            releaseFirst.countDown();

            assertEquals("a-first", first.get(10, TimeUnit.SECONDS));
            assertEquals("a-good", good.get(10, TimeUnit.SECONDS));
            Exception failed = assertThrows(Exception.class, () -> bad.get(10, TimeUnit.SECONDS));
            assertTrue(failed.getCause() instanceof IllegalArgumentException, () -> "failed with " + failed);
            assertEquals(2, tries.get("a-good").get(), "in the group that failed, then alone");
            assertEquals(2, tries.get("a-bad").get());
        } finally {
            callers.shutdownNow();
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

    /** Until {@code count} items wait for the next group: the state the test wants, polled without sleeping blind. */
    private static void awaitWaiting(GroupCommit<?, ?, ?> group, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (group.waiting() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + group.waiting() + " waiting, not " + count);
            }
            Thread.onSpinWait();
        }
    }
}
