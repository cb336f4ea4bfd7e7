package dev.glyphic.application.shared;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Calls that each need a short transaction of their own, committed in groups. A caller hands in its item and waits;
 * while fewer than {@code committers} groups are being committed, a waiting caller becomes a committer: it takes
 * everything waiting (at most {@code maxGroup}), commits each key's share (an org's, say) in one transaction, and
 * answers every caller of the group, then goes back to waiting for its own item if that was not among them. Under
 * light load a group is one call and nobody waits for anybody; under load, many calls share one transaction, its
 * round trips and its commit, which is what a database can do most of per second. No thread of its own.
 *
 * <p>A key's share that fails is committed again one item at a time, so one bad item fails only its own caller. The
 * shares of one group are committed one after another by its committer: a slow share delays the rest of its group
 * (never by more than a transaction's bounded time), and the next group is taken by another committer meanwhile.
 *
 * @param <K> what must share a transaction (items of different keys never do)
 * @param <I> an item handed in
 * @param <O> its outcome
 */
public final class GroupCommit<K, I, O> {
    private final int maxGroup;
    private final int committers;
    private final Function<I, K> keyOf;
    private final BiFunction<K, List<I>, List<O>> commit;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition settled = lock.newCondition();
    private final ArrayDeque<Waiting<I, O>> waiting = new ArrayDeque<>();
    private int committing;

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

    /** Commits the item (with whatever else is waiting) and answers its outcome; throws what its commit threw. */
    public O submit(I item) {
        Waiting<I, O> mine = new Waiting<>(Objects.requireNonNull(item));
        lock.lock();
        try {
            waiting.add(mine);
            while (!mine.settled) {
                if (committing < committers && !waiting.isEmpty()) {
                    commitNextGroup();
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

    /** How many items wait for the next group to take them. */
    int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    /** Called holding the lock; commits without it. */
    private void commitNextGroup() {
        List<Waiting<I, O>> group = new ArrayList<>();
        while (group.size() < maxGroup && !waiting.isEmpty()) {
            group.add(waiting.poll());
        }
        committing++;
        lock.unlock();
        try {
            Map<K, List<Waiting<I, O>>> byKey = new LinkedHashMap<>();
            group.forEach(w -> byKey.computeIfAbsent(keyOf.apply(w.item), k -> new ArrayList<>()).add(w));
            byKey.forEach(this::commitShare);
        } finally {
            lock.lock();
            committing--;
            for (Waiting<I, O> w : group) {
                if (w.outcome == null && w.failure == null) {
                    // What the commit threw beyond a share's failure (a bug, an Error) reached the committer only.
                    w.failure = new IllegalStateException("the group this call was committed in broke off");
                }
                w.settled = true;
            }
            settled.signalAll();
        }
    }

    private void commitShare(K key, List<Waiting<I, O>> share) {
        List<O> outcomes;
        try {
            outcomes = commit.apply(key, share.stream().map(w -> w.item).toList());
        } catch (RuntimeException shareFailed) {
            if (share.size() == 1) {
                share.get(0).failure = shareFailed;
                return;
            }
            share.forEach(alone -> commitShare(key, List.of(alone)));
            return;
        }
        if (outcomes.size() != share.size()) {
            throw new IllegalStateException(share.size() + " items committed, " + outcomes.size() + " outcomes");
        }
        for (int i = 0; i < share.size(); i++) {
            share.get(i).outcome = outcomes.get(i);
        }
    }
}
