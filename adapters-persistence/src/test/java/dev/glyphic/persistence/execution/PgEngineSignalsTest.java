package dev.glyphic.persistence.execution;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.persistence.Sql;
import dev.glyphic.persistence.testing.Await;
import dev.glyphic.persistence.testing.TestData;
import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The contract on PostgreSQL's LISTEN/NOTIFY, and what only a database connection can do: drop and come back. */
class PgEngineSignalsTest extends EngineSignalsContract {
    private final BlockingQueue<Integer> listenerBackends = new LinkedBlockingQueue<>();
    private PgEngineSignals pg;

    @Override
    EngineSignals started() {
        pg = new PgEngineSignals(bean(Sql.class), tx, this::connectAsApp);
        pg.start();
        return pg;
    }

    @Override
    void stop(EngineSignals signals) {
        pg.close();
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

        pg.close();
        pg.close();

        // The server notices a closed client connection on its own time.
        Await.until("the listening connection is closed", () -> backendsAlive(backend) == 0);
        assertThrows(IllegalStateException.class, pg::start);
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
