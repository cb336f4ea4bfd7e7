package dev.glyphic.persistence.execution;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.EngineSignals.Subscription;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.execution.ExecutionId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EngineSignals} promises. Every listener writes its label into one queue. Listeners all run on
 * one listening thread, in delivery order, so once a later "fence" signal is heard, everything an earlier signal
 * would have caused has already been heard: that is how the tests prove that something did not arrive, without
 * waiting for it.
 */
abstract class EngineSignalsContract {
    static final Duration DEADLINE = Duration.ofSeconds(10);

    final Transactions tx = bean(Transactions.class);
    final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    EngineSignals signals;

    /** Signals under test, started: listeners registered from now on hear what is committed. */
    abstract EngineSignals started();

    /** Stops the signals {@link #started()} made. */
    abstract void stop(EngineSignals signals);

    @BeforeEach
    void start() {
        signals = started();
    }

    @AfterEach
    void close() {
        stop(signals);
    }

    @Test
    void aCommittedSignalReachesWorkAndExecutionListeners() {
        ExecutionId a = ExecutionId.random();
        signals.onWorkReady(hear("work"));
        signals.onExecutionChanged(a, hear("a"));

        commit(() -> {
            signals.workReady();
            signals.executionChanged(a);
        });

        assertEquals(List.of("work", "a"), untilFence());
    }


    @Test
    void aRolledBackSignalNeverArrives() {
        ExecutionId rolledBack = ExecutionId.random();
        ExecutionId committed = ExecutionId.random();
        signals.onExecutionChanged(rolledBack, hear("rolled back"));
        signals.onExecutionChanged(committed, hear("committed"));
        signals.onWorkReady(hear("work"));
        IllegalStateException failure = new IllegalStateException("the use case failed after signalling");

        assertThrows(IllegalStateException.class, () -> tx.global(() -> {
            signals.workReady();
            signals.executionChanged(rolledBack);
            throw failure;
        }));
        commit(() -> signals.executionChanged(committed));

        assertEquals(List.of("committed"), untilFence());
    }


    @Test
    void anExecutionListenerHearsOnlyItsExecution() {
        ExecutionId a = ExecutionId.random();
        ExecutionId b = ExecutionId.random();
        signals.onExecutionChanged(a, hear("a"));
        signals.onExecutionChanged(b, hear("b"));

        commit(() -> signals.executionChanged(b));
        commit(() -> signals.executionChanged(a));

        // The fence must not itself depend on routing by execution id, which is what is under test.
        assertEquals(List.of("b", "a"), untilWorkFence());
    }


    @Test
    void aClosedSubscriptionHearsNothing() {
        ExecutionId a = ExecutionId.random();
        Subscription closedExecution = signals.onExecutionChanged(a, hear("closed"));
        signals.onExecutionChanged(a, hear("open"));
        Subscription closedWork = signals.onWorkReady(hear("closed work"));
        closedExecution.close();
        closedExecution.close();
        closedWork.close();

        commit(() -> {
            signals.workReady();
            signals.executionChanged(a);
        });

        assertEquals(List.of("open"), untilFence());
    }


    @Test
    void aListenerThatThrowsDoesNotStopLaterDeliveries() {
        signals.onWorkReady(() -> {
            heard.add("thrower");
            throw new IllegalStateException("a broken listener");
        });
        signals.onWorkReady(hear("steady"));

        commit(signals::workReady);
        commit(signals::workReady);

        List<String> all = untilFence();
        assertEquals(2, Collections.frequency(all, "thrower"), "the thrower is still called: " + all);
        assertEquals(2, Collections.frequency(all, "steady"), "its neighbour hears both signals: " + all);
    }


    @Test
    void signallingOutsideATransactionIsRefused() {
        assertThrows(RuntimeException.class, signals::workReady,
                "a signal outside a transaction would be sent at once, before anything it announces is committed");
    }

    Runnable hear(String label) {
        return () -> heard.add(label);
    }

    void commit(Runnable work) {
        tx.global(() -> {
            work.run();
            return null;
        });
    }

    /** Everything heard before a fence signal, published and committed now, was heard. */
    List<String> untilFence() {
        ExecutionId fence = ExecutionId.random();
        try (Subscription ignored = signals.onExecutionChanged(fence, hear("fence"))) {
            commit(() -> signals.executionChanged(fence));
            return heardBeforeFence();
        }
    }

    /** The same, fenced by a work signal, for tests with no work listener of their own. */
    List<String> untilWorkFence() {
        try (Subscription ignored = signals.onWorkReady(hear("fence"))) {
            commit(signals::workReady);
            return heardBeforeFence();
        }
    }

    private List<String> heardBeforeFence() {
        List<String> before = new ArrayList<>();
        for (String label = take(heard); !label.equals("fence"); label = take(heard)) {
            before.add(label);
        }
        return before;
    }

    static <T> T take(BlockingQueue<T> queue) {
        try {
            T next = queue.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            assertNotNull(next, "nothing arrived within " + DEADLINE);
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
