package dev.glyphic.bootstrap;

import dev.glyphic.application.port.in.schedule.FireDueSchedules;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler's thread: fires what is due, again at once while batches come back full, otherwise sleeps until the
 * earliest next slot or the poll interval, whichever is sooner (the interval catches schedules another instance or
 * a request changed meanwhile). Any number of instances may run one; the database decides who fires what.
 */
final class Scheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

    private final FireDueSchedules fire;
    private final int batch;
    private final Duration pollInterval;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition stopping = lock.newCondition();
    private volatile boolean stopped;
    private Thread thread;

    Scheduler(FireDueSchedules fire, int batch, Duration pollInterval) {
        this.fire = fire;
        this.batch = batch;
        this.pollInterval = pollInterval;
    }

    void start() {
        thread = Thread.ofPlatform().name("glyphic-scheduler").daemon().start(this::loop);
    }

    private void loop() {
        while (!stopped) {
            try {
                if (fire.fireDue() >= batch) {
                    continue;
                }
                Instant wake = Instant.now().plus(pollInterval);
                Instant next = fire.nextDue().filter(due -> due.isBefore(wake)).orElse(wake);
                pause(Duration.between(Instant.now(), next));
            } catch (RuntimeException e) {
                LOG.warn("the scheduler's round failed; trying again after {}", pollInterval, e);
                pause(pollInterval);
            }
        }
    }

    /** Waits, unless the scheduler is being stopped. */
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
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
