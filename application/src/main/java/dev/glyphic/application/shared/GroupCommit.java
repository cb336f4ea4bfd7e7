package dev.glyphic.application.shared;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Calls that each need a short transaction of their own, committed in groups. A caller hands in its item and waits.
 * Items of one key (an org) are committed one group at a time: while a key's group commits, its newer items wait and
 * become its next group, so under load a group grows to what arrived during one commit, and groups of one key never
 * queue behind each other's row locks. Up to {@code committers} keys commit at once; a waiting caller whose place is
 * free becomes a committer of the key that has waited longest, commits up to {@code maxGroup} of its items in one
 * transaction and answers each of their callers, then goes back to waiting for its own item if it was not among
 * them. Alone, an item is its own group and nobody waits for anybody. No thread of its own.
 *
 * <p>A group that fails is committed again one item at a time, so one bad item fails only its own caller.
 *
 * @param <K> what must share a transaction (items of different keys never do)
 * @param <I> an item handed in
 * @param <O> its outcome, never null
 */
public final class GroupCommit<K, I, O> {
    private final int maxGroup;
    private final int committers;
    private final Function<I, K> keyOf;
    private final BiFunction<K, List<I>, List<O>> commit;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition settled = lock.newCondition();
    /** Keys in the order they began to wait: a key whose items were all taken leaves, and queues again at the end. */
    private final Map<K, ArrayDeque<Waiting<I, O>>> waiting = new LinkedHashMap<>();
    private final Set<K> committing = new HashSet<>();

    /**
     * @param commit commits one key's items in one transaction and answers their outcomes in order; it throws when
     *               the transaction did not commit
     */
    public GroupCommit(int maxGroup, int committers, Function<I, K> keyOf, BiFunction<K, List<I>, List<O>> commit) {
        if (maxGroup < 1 || committers < 1) {
            throw new IllegalArgumentException("a group holds at least one item, and at least one commits");
        }
        this.maxGroup = maxGroup;
        this.committers = committers;
        this.keyOf = Objects.requireNonNull(keyOf);
        this.commit = Objects.requireNonNull(commit);
    }

    private static final class Waiting<I, O> {
        final I item;
        O outcome;
        RuntimeException failure;
        boolean settled;

        Waiting(I item) {
            this.item = item;
        }
    }

    /** Commits the item (with whatever else of its key is waiting) and answers its outcome, or throws its failure. */
    public O submit(I item) {
        Waiting<I, O> mine = new Waiting<>(Objects.requireNonNull(item));
        K key = Objects.requireNonNull(keyOf.apply(item));
        lock.lock();
        try {
            waiting.computeIfAbsent(key, k -> new ArrayDeque<>()).add(mine);
            while (!mine.settled) {
                Optional<K> next = committing.size() < committers
                        ? waiting.keySet().stream().filter(k -> !committing.contains(k)).findFirst()
                        : Optional.empty();
                if (next.isPresent()) {
                    commitNextGroup(next.get());
                } else {
                    settled.awaitUninterruptibly();
                }
            }
        } finally {
            lock.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.outcome;
    }

    /** How many items wait for a group to take them. */
    int waiting() {
        lock.lock();
        try {
            return waiting.values().stream().mapToInt(ArrayDeque::size).sum();
        } finally {
            lock.unlock();
        }
    }

    /** Called holding the lock; commits without it. */
    private void commitNextGroup(K key) {
        ArrayDeque<Waiting<I, O>> queue = waiting.get(key);
        List<Waiting<I, O>> group = new ArrayList<>();
        while (group.size() < maxGroup && !queue.isEmpty()) {
            group.add(queue.poll());
        }
        if (queue.isEmpty()) {
            waiting.remove(key);
        }
        committing.add(key);
        lock.unlock();
        try {
            commitGroup(key, group);
        } finally {
            lock.lock();
            committing.remove(key);
            for (Waiting<I, O> w : group) {
                if (w.outcome == null && w.failure == null) {
                    // What the commit threw beyond a group's failure (a bug, an Error) reached the committer only.
                    w.failure = new IllegalStateException("the group this call was committed in broke off");
                }
                w.settled = true;
            }
            settled.signalAll();
        }
    }

    private void commitGroup(K key, List<Waiting<I, O>> group) {
        List<O> outcomes;
        try {
            outcomes = commit.apply(key, group.stream().map(w -> w.item).toList());
        } catch (RuntimeException groupFailed) {
            if (group.size() == 1) {
                group.get(0).failure = groupFailed;
                return;
            }
            group.forEach(alone -> commitGroup(key, List.of(alone)));
            return;
        }
        if (outcomes.size() != group.size()) {
            // Committed, so not to be tried again; thrown to each caller, not to a committer whose item waits on.
            IllegalStateException broken = new IllegalStateException(group.size() + " items committed, "
                    + outcomes.size() + " outcomes");
            group.forEach(w -> w.failure = broken);
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).outcome = outcomes.get(i);
        }
    }
}
