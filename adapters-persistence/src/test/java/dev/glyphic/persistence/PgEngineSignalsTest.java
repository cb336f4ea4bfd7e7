package dev.glyphic.persistence;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.execution.EngineSignals.Subscription;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.persistence.testing.Await;
import dev.glyphic.persistence.testing.TestData;
import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every listener writes its label into one queue. Listeners all run on the one listening thread, in delivery order,
 * so once a later "fence" signal is heard, everything an earlier signal would have caused has already been heard:
 * that is how the tests prove that something did not arrive, without waiting for it.
 */
class PgEngineSignalsTest {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final Transactions tx = bean(JdbcTransactions.class);
    private final BlockingQueue<Integer> listenerBackends = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    private final PgEngineSignals signals = new PgEngineSignals(bean(Sql.class), tx, this::connectAsApp);

    @BeforeEach
    void start() {
        signals.start();
    }

    @AfterEach
    void close() {
        signals.close();
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
    void anotherInstanceHearsTheSignalThroughPostgres() {
        ExecutionId a = ExecutionId.random();
        BlockingQueue<String> elsewhere = new LinkedBlockingQueue<>();
        try (PgEngineSignals other = new PgEngineSignals(bean(Sql.class), tx, TestDatabase.get()::app)) {
            other.start();
            other.onWorkReady(() -> elsewhere.add("work"));
            other.onExecutionChanged(a, () -> elsewhere.add("a"));
            elsewhere.clear(); // the catch-up call of its first LISTEN

            commit(() -> {
                signals.workReady();
                signals.executionChanged(a);
            });

            assertEquals("work", take(elsewhere));
            assertEquals("a", take(elsewhere));
        }
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
    void afterTheListeningConnectionIsKilledItReconnectsCatchesUpAndHearsNewSignals() throws SQLException {
        ExecutionId a = ExecutionId.random();
        int firstBackend = take(listenerBackends);
        signals.onWorkReady(hear("work"));
        signals.onExecutionChanged(a, hear("a"));

        terminate(firstBackend);

        assertNotEquals(firstBackend, take(listenerBackends), "a new connection listens");
        assertEquals(Set.of("work", "a"), Set.of(take(heard), take(heard)), "every listener re-reads once");
        commit(() -> signals.executionChanged(a));
        assertEquals(List.of("a"), untilFence());
    }

    @Test
    void closingStopsListeningAndClosesTheConnection() throws SQLException {
        int backend = take(listenerBackends);

        signals.close();
        signals.close();

        // The server notices a closed client connection on its own time.
        Await.until("the listening connection to close", () -> backendsAlive(backend) == 0);
        assertThrows(IllegalStateException.class, signals::start);
    }

    @Test
    void signallingOutsideATransactionIsRefused() {
        assertThrows(RuntimeException.class, signals::workReady,
                "a signal outside a transaction would be sent at once, before anything it announces is committed");
    }

    private Runnable hear(String label) {
        return () -> heard.add(label);
    }

    private void commit(Runnable work) {
        tx.global(() -> {
            work.run();
            return null;
        });
    }

    /** Everything heard before a fence signal, published and committed now, was heard. */
    private List<String> untilFence() {
        ExecutionId fence = ExecutionId.random();
        try (Subscription ignored = signals.onExecutionChanged(fence, hear("fence"))) {
            commit(() -> signals.executionChanged(fence));
            return heardBeforeFence();
        }
    }

    /** The same, fenced by a work signal, for tests with no work listener of their own. */
    private List<String> untilWorkFence() {
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

    private static <T> T take(BlockingQueue<T> queue) {
        try {
            T next = queue.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            assertNotNull(next, "nothing arrived within " + DEADLINE);
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The listener's connections, as the restricted app role, each noting its server process id. */
    private Connection connectAsApp() throws SQLException {
        Connection connection = TestDatabase.get().app();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select pg_backend_pid()")) {
            rs.next();
            listenerBackends.add(rs.getInt(1));
        }
        return connection;
    }

    /** What a database restart does to the connection, done by a superuser. */
    private static void terminate(int backend) throws SQLException {
        try (Connection su = TestDatabase.get().superuser();
             PreparedStatement statement = su.prepareStatement("select pg_terminate_backend(?)")) {
            statement.setInt(1, backend);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                assertTrue(rs.getBoolean(1), "the listener's backend " + backend + " was there to terminate");
            }
        }
    }

    private static long backendsAlive(int backend) {
        return TestData.count("select count(*) from pg_stat_activity where pid = ?", backend);
    }
}
