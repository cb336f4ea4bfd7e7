package dev.glyphic.application.webhook;

import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.OrgId;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Waits, up to a bound, for a run to end: woken by the engine's change signals (from any instance), it re-reads the
 * execution on each. It listens before its first read, so an end between the read and the wait still wakes it.
 */
final class RunWaiter {
    private final Transactions transactions;
    private final Executions executions;
    private final EngineSignals signals;

    RunWaiter(Transactions transactions, Executions executions, EngineSignals signals) {
        this.transactions = transactions;
        this.executions = executions;
        this.signals = signals;
    }

    /** The execution once it has ended; empty if it is still going after {@code wait}. */
    Optional<ExecutionRecord> awaitEnd(OrgId orgId, ExecutionId id, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        Semaphore changed = new Semaphore(0);
        try (EngineSignals.Subscription ignored = signals.onExecutionChanged(id, changed::release)) {
            while (true) {
                Optional<ExecutionRecord> ended = transactions.inTenant(orgId, () -> executions.find(orgId, id))
                        .filter(execution -> execution.execution().status().isFinal());
                long left = deadline - System.nanoTime();
                if (ended.isPresent() || left <= 0) {
                    return ended;
                }
                if (!changed.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                    return Optional.empty();
                }
                changed.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
