package dev.glyphic.persistence.execution;

import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.persistence.Sql;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Engine signals within this instance and, over PostgreSQL LISTEN/NOTIFY, between instances. A signal published in
 * a transaction is delivered once that transaction commits, and never if it rolls back: to this instance's listeners
 * directly, on the committing thread, and to other instances by a {@link NotificationSender}, which NOTIFYs from a
 * transaction of its own so that no use case's commit waits for PostgreSQL's notification lock. Payloads carry the
 * sending instance, whose listener skips its own echoes. Listening is one dedicated connection outside the pool,
 * since a pooled connection would be handed to a use case while it listens, and one daemon thread waiting on it.
 *
 * <p>Signals are a latency optimisation, never the source of truth: the engine also polls, and listeners re-read
 * the rows on every signal. So a signal lost while the listening connection was down costs latency only, and after
 * every (re)connect every listener is called once, to re-read what it may have missed.
 *
 * <p>Listeners run on the listening thread, one at a time, and must be quick: release a semaphore, wake a queue.
 * A listener that blocks delays every other signal; one that throws is logged and the others still run.
 *
 * <p>Lifecycle: subscribing works at any time, but nothing is heard until {@link #start()}, which returns once the
 * first LISTEN is in place. {@link #close()} stops the thread and closes the connection; publishing needs neither.
 * Not a bean of its own: it needs a connection outside the pool, which bootstrap supplies.
 */
public final class PgEngineSignals implements EngineSignals, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PgEngineSignals.class);
    static final String WORK_CHANNEL = "glyphic_work";
    static final String EXECUTION_CHANNEL = "glyphic_execution";

    /** Opens the dedicated listening connection: never one from the pool. */
    @FunctionalInterface
    public interface Connector {
        Connection open() throws SQLException;

        /** A fresh driver connection, with TCP keep-alive so a silently dropped peer is noticed. */
        static Connector of(String url, String user, String password) {
            return () -> {
                Properties properties = new Properties();
                properties.setProperty("user", user);
                properties.setProperty("password", password == null ? "" : password);
                properties.setProperty("connectTimeout", "5");
                properties.setProperty("loginTimeout", "5");
                properties.setProperty("tcpKeepAlive", "true");
                properties.setProperty("ApplicationName", "glyphic-signals");
                return DriverManager.getConnection(url, properties);
            };
        }
    }

    private final Sql sql;
    private final NotificationSender sender;
    private final String instance = UUID.randomUUID().toString();
    private final NotificationListener listener;
    private final Set<Registration> workListeners = ConcurrentHashMap.newKeySet();
    private final Map<ExecutionId, Set<Registration>> executionListeners = new ConcurrentHashMap<>();
    private State state = State.NEW;

    private enum State { NEW, STARTED, CLOSED }

    public PgEngineSignals(Sql sql, Transactions transactions, Connector connector) {
        this.sql = sql;
        this.sender = new NotificationSender(transactions, sql);
        this.listener = new NotificationListener(connector, List.of(WORK_CHANNEL, EXECUTION_CHANNEL),
                this::dispatch, this::catchUp);
    }

    /** Starts listening; returns once the first LISTEN is in place (or failed and is being retried). */
    public synchronized void start() {
        switch (state) {
            case NEW -> {
                state = State.STARTED;
                listener.start();
            }
            case STARTED -> { }
            case CLOSED -> throw new IllegalStateException("engine signals are closed");
        }
    }

    /** Stops listening; closing twice is harmless. */
    @Override
    public synchronized void close() {
        if (state == State.STARTED) {
            listener.close();
        }
        sender.close();
        state = State.CLOSED;
    }

    @Override
    public void workReady() {
        sql.afterCommit(() -> {
            workListeners.forEach(Registration::call);
            sender.send(WORK_CHANNEL, instance);
        });
    }

    @Override
    public void executionChanged(ExecutionId id) {
        sql.afterCommit(() -> {
            executionListeners.getOrDefault(id, Set.of()).forEach(Registration::call);
            sender.send(EXECUTION_CHANNEL, instance + ":" + id.value());
        });
    }

    @Override
    public Subscription onWorkReady(Runnable listener) {
        Registration registration = new Registration(listener);
        workListeners.add(registration);
        return () -> workListeners.remove(registration);
    }

    @Override
    public Subscription onExecutionChanged(ExecutionId id, Runnable listener) {
        Registration registration = new Registration(listener);
        executionListeners.compute(id, (key, set) -> {
            Set<Registration> listeners = set == null ? ConcurrentHashMap.newKeySet() : set;
            listeners.add(registration);
            return listeners;
        });
        return () -> executionListeners.computeIfPresent(id, (key, set) -> {
            set.remove(registration);
            return set.isEmpty() ? null : set;
        });
    }

    /** A notification from another instance; this instance's own were delivered when they committed. */
    private void dispatch(String channel, String payload) {
        int colon = payload.indexOf(':');
        String sender = colon < 0 ? payload : payload.substring(0, colon);
        if (sender.equals(instance)) {
            return;
        }
        switch (channel) {
            case WORK_CHANNEL -> workListeners.forEach(Registration::call);
            case EXECUTION_CHANNEL -> {
                ExecutionId id = colon < 0 ? null : parse(payload.substring(colon + 1));
                if (id != null) {
                    executionListeners.getOrDefault(id, Set.of()).forEach(Registration::call);
                }
            }
            default -> LOG.debug("ignoring a notification on channel {}", channel);
        }
    }

    /** Listening (re)began: anything notified meanwhile was lost, so every listener re-reads once. */
    private void catchUp() {
        workListeners.forEach(Registration::call);
        executionListeners.values().forEach(set -> set.forEach(Registration::call));
    }

    private static ExecutionId parse(String payload) {
        try {
            return new ExecutionId(UUID.fromString(payload));
        } catch (IllegalArgumentException e) {
            LOG.warn("ignoring an execution signal without an execution id: '{}'", payload);
            return null;
        }
    }

    /** One subscription: its identity, not its listener's, is what closing removes. */
    private static final class Registration {
        private final Runnable listener;

        private Registration(Runnable listener) {
            this.listener = listener;
        }

        private void call() {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.error("an engine signal listener failed", e);
            }
        }
    }
}
