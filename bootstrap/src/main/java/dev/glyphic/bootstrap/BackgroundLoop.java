package dev.glyphic.bootstrap;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads that work off a database queue in rounds (the scheduler, the event dispatcher): each again at once while a
 * round comes back with a full batch, otherwise asleep until the next thing it knows is due or the poll interval,
 * whichever is sooner (the interval catches what another instance or a request changed meanwhile). Any number of
 * threads and instances may run rounds at once; the database decides who takes what, so a burst (ten thousand
 * schedules due in one minute) is worked off by several rounds side by side.
 */
final class BackgroundLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundLoop.class);

    private final String name;
    private final int workers;
    private final IntSupplier round;
    private final Supplier<Optional<Instant>> nextDue;
    private final int batch;
    private final Duration pollInterval;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition stopping = lock.newCondition();
    private volatile boolean stopped;
    private final List<Thread> threads = new ArrayList<>();

    /**
     * @param workers how many threads run rounds side by side
     * @param round   one round; answers how many items it claimed
     * @param nextDue when the next item is due, if the queue knows
     */
    BackgroundLoop(String name, int workers, IntSupplier round, Supplier<Optional<Instant>> nextDue, int batch,
                   Duration pollInterval) {
        if (workers < 1) {
            throw new IllegalArgumentException("a loop needs at least one worker");
        }
        this.name = name;
        this.workers = workers;
        this.round = round;
        this.nextDue = nextDue;
        this.batch = batch;
        this.pollInterval = pollInterval;
    }

    void start() {
        for (int i = 0; i < workers; i++) {
            threads.add(Thread.ofPlatform().name("glyphic-" + name + "-" + i).daemon().start(this::loop));
        }
    }

    private void loop() {
        while (!stopped) {
            try {
                if (round.getAsInt() >= batch) {
                    continue;
                }
                Instant wake = Instant.now().plus(pollInterval);
                Instant next = nextDue.get().filter(due -> due.isBefore(wake)).orElse(wake);
                pause(Duration.between(Instant.now(), next));
            } catch (RuntimeException e) {
                LOG.warn("a round of the {} failed; trying again after {}", name, pollInterval, e);
                pause(pollInterval);
            }
        }
    }

    /** Waits, unless the loop is being stopped. */
    private void pause(Duration wait) {
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        lock.lock();
        try {
            if (!stopped) {
                stopping.await(wait.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        } finally {
            lock.unlock();
        }
    }

    /** Stops after the round in progress: its transactions commit or roll back whole, nothing is left half-fired. */
    @Override
    public void close() {
        lock.lock();
        try {
            stopped = true;
            stopping.signalAll();
        } finally {
            lock.unlock();
        }
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
