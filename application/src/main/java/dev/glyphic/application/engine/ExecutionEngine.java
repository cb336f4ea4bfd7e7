package dev.glyphic.application.engine;

import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.WorkQueue;
import dev.glyphic.application.port.out.execution.WorkerId;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.execution.NodeRunId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One engine instance: a claim loop feeding steps to virtual threads, within {@link EngineSettings#slots()} at once.
 *
 * <p>It claims as much as it has room for; when a claim round comes back short, there is no more due work, and it
 * sleeps until a {@linkplain EngineSignals#onWorkReady work signal} (sent when something becomes claimable, by any
 * instance) or a finished step wakes it, or the idle poll runs out: the poll is what finds work that becomes due by
 * the clock (a backoff, a delay, a timeout), so an idle engine costs one small query per poll and nothing more.
 *
 * <p>A timer renews the leases of the steps in flight every third of a lease; a lease that could not be renewed
 * (the execution was cancelled, or this instance stalled and another took the run over) stops its step. Another
 * timer times out overdue executions and keeps retention and log partitions. Stopping ({@link #close()}) stops
 * claiming, gives the steps in flight the shutdown grace to finish, and hands the rest back.
 */
public final class ExecutionEngine implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ExecutionEngine.class.getName());
    private static final int SWEEP_BATCH = 100;
    /** At most one claim per this long while it has room, whatever wakes it: ≤ 10 ms of added latency. */
    private static final long CLAIM_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final Duration PARTITION_MAINTENANCE = Duration.ofHours(1);

    private final WorkQueue queue;
    private final StepProcessor processor;
    private final ExecutionEnder ender;
    private final Transactions transactions;
    private final EngineSignals signals;
    private final EngineSettings settings;
    private final Clock clock;
    private final WorkerId worker;
    private final Map<NodeRunId, StopSignal> inFlight = new ConcurrentHashMap<>();
    private final Semaphore wake = new Semaphore(0);
    private final ExecutorService steps = Executors.newVirtualThreadPerTaskExecutor();
    /** Two threads: a long sweep (a big purge) must never hold up lease renewal, or leases would run out. */
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2,
            Thread.ofPlatform().name("glyphic-engine-timer-", 0).daemon().factory());
    private volatile boolean claiming;
    private volatile Instant partitionsMaintainedAt = Instant.MIN;
    private Thread loop;
    private EngineSignals.Subscription subscription;

    public ExecutionEngine(WorkQueue queue, StepProcessor processor, ExecutionEnder ender, Transactions transactions,
                           EngineSignals signals, EngineSettings settings, Clock clock, WorkerId worker) {
        this.queue = queue;
        this.processor = processor;
        this.ender = ender;
        this.transactions = transactions;
        this.signals = signals;
        this.settings = settings;
        this.clock = clock;
        this.worker = worker;
    }

    public synchronized void start() {
        if (loop != null) {
            throw new IllegalStateException("the engine has started already");
        }
        claiming = true;
        subscription = signals.onWorkReady(this::wakeUp);
        loop = Thread.ofPlatform().name("glyphic-engine-claims").daemon().start(this::claimLoop);
        long renewEvery = Math.max(100, settings.lease().toMillis() / 3);
        timers.scheduleWithFixedDelay(this::renewLeases, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        timers.scheduleWithFixedDelay(this::sweep, 0, settings.sweepInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    public WorkerId worker() {
        return worker;
    }

    /** Steps this instance is working on right now. */
    public int inFlight() {
        return inFlight.size();
    }

    private void wakeUp() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    private void claimLoop() {
        long lastClaim = 0;
        while (claiming) {
            int free = settings.slots() - inFlight.size();
            int claimed = 0;
            if (free > 0) {
                // Under a stream of wake-ups (every finished step, every new run) claims are paced, so that each
                // takes a batch: a claim's cost is mostly fixed (it steps over the queue indexes' dead entries).
                long wait = lastClaim + CLAIM_INTERVAL_NANOS - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    free = settings.slots() - inFlight.size();
                }
                lastClaim = System.nanoTime();
                try {
                    List<WorkQueue.Claim> claims = queue.claim(worker, free, settings.lease());
                    claims.forEach(this::dispatch);
                    claimed = claims.size();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "claiming failed; trying again after the idle poll", e);
                }
            }
            if (free == 0 || claimed < free) {
                try {
                    // A signal that came in while claiming left a permit: the next round starts at once.
                    if (wake.tryAcquire(settings.idlePoll().toMillis(), TimeUnit.MILLISECONDS)) {
                        wake.drainPermits();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void dispatch(WorkQueue.Claim claim) {
        StopSignal stop = new StopSignal();
        inFlight.put(claim.nodeRunId(), stop);
        steps.submit(() -> {
            try {
                if (processor.process(claim, worker, stop) instanceof StepProcessor.Result.Recorded(var status,
                        var dueAt) && dueAt.isPresent()) {
                    wakeAt(dueAt.get());
                }
            } catch (RuntimeException | Error e) {
                // The claim stays leased until its lease runs out; then it is claimed again as a lost lease.
                LOG.log(Level.SEVERE, "step " + claim.nodeRunId() + " of execution " + claim.executionId()
                        + " failed unexpectedly", e);
            } finally {
                inFlight.remove(claim.nodeRunId());
                wakeUp();
            }
        });
    }

    /** Claims again when a run of ours comes due by the clock; other instances find it at their idle poll. */
    private void wakeAt(Instant due) {
        long delay = Duration.between(clock.instant(), due).toMillis();
        if (delay > 0 && delay < settings.idlePoll().toMillis()) {
            timers.schedule(this::wakeUp, delay, TimeUnit.MILLISECONDS);
        }
    }

    private void renewLeases() {
        try {
            Set<NodeRunId> held = Set.copyOf(inFlight.keySet());
            Set<NodeRunId> kept = queue.renew(worker, held, settings.lease());
            for (NodeRunId id : held) {
                StopSignal stop = inFlight.get(id);
                if (!kept.contains(id) && stop != null) {
                    stop.stop(StopSignal.Reason.LEASE_LOST);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "renewing leases failed; trying again", e);
        }
    }

    private void sweep() {
        try {
            for (WorkQueue.ExecutionRef overdue : queue.overdue(SWEEP_BATCH)) {
                transactions.inTenant(overdue.orgId(),
                        () -> ender.timeOut(overdue.orgId(), overdue.executionId(), clock.instant()));
            }
            Instant now = clock.instant();
            if (partitionsMaintainedAt.plus(PARTITION_MAINTENANCE).isBefore(now)) {
                queue.maintainLogPartitions();
                partitionsMaintainedAt = now;
            }
            while (queue.purgeExpired(SWEEP_BATCH) == SWEEP_BATCH && claiming) {
                // Small batches, each its own transaction, so that no purge holds locks for long.
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the engine's sweep failed; trying again", e);
        }
    }

    /** Stops claiming, lets steps finish within the shutdown grace, hands back the rest. */
    @Override
    public synchronized void close() {
        if (loop == null) {
            return;
        }
        claiming = false;
        wakeUp();
        subscription.close();
        try {
            loop.join();
            steps.shutdown();
            if (!steps.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                inFlight.values().forEach(stop -> stop.stop(StopSignal.Reason.SHUTDOWN));
                steps.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            timers.shutdownNow();
        }
    }
}
