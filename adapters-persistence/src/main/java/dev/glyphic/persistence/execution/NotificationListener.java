package dev.glyphic.persistence.execution;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One dedicated connection that LISTENs on some channels, and the one daemon thread that waits on it. When the
 * connection breaks it reconnects with a capped backoff, and each time listening (re)begins it calls
 * {@code onListening}: whatever was notified while nobody listened is lost, so the owner tells its listeners to
 * re-read. Callbacks run on this thread, one at a time, in the order PostgreSQL delivered the notifications.
 */
final class NotificationListener {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationListener.class);
    /** How long one wait for notifications lasts: also how quickly {@link #close()} is noticed. */
    private static final int POLL_MILLIS = 250;
    /** A quiet connection is checked this often, so a half-open TCP connection is not trusted forever. */
    private static final Duration IDLE_CHECK = Duration.ofSeconds(30);
    private static final int VALIDATION_SECONDS = 5;
    /** How long {@link #start()} waits for the first LISTEN; the driver's own connect timeout usually ends it. */
    private static final Duration FIRST_ATTEMPT_WAIT = Duration.ofSeconds(15);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final PgEngineSignals.Connector connector;
    private final List<String> channels;
    private final BiConsumer<String, String> onNotification;
    private final Runnable onListening;
    private final CountDownLatch firstAttempt = new CountDownLatch(1);
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Thread thread;

    NotificationListener(PgEngineSignals.Connector connector, List<String> channels,
                         BiConsumer<String, String> onNotification, Runnable onListening) {
        this.connector = connector;
        this.channels = List.copyOf(channels);
        this.onNotification = onNotification;
        this.onListening = onListening;
        this.thread = Thread.ofPlatform().daemon().name("glyphic-signals").unstarted(this::run);
    }

    /**
     * Starts the thread and waits for its first attempt to LISTEN (and the {@code onListening} call after it), so
     * that a signal committed after this returns is heard. A database that does not answer yet is not fatal: the
     * thread keeps trying.
     */
    void start() {
        thread.start();
        try {
            if (!firstAttempt.await(FIRST_ATTEMPT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("still connecting to LISTEN for engine signals; continuing without waiting");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void close() {
        closing.countDown();
        if (thread.isAlive() && Thread.currentThread() != thread) {
            try {
                thread.join(Duration.ofMillis(POLL_MILLIS * 8L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean closing() {
        return closing.getCount() == 0;
    }

    private void run() {
        Connection connection = null;
        Duration backoff = FIRST_BACKOFF;
        boolean lost = false;
        while (!closing()) {
            if (connection == null) {
                try {
                    connection = listen();
                } catch (SQLException | RuntimeException e) {
                    firstAttempt.countDown();
                    LOG.warn("cannot LISTEN for engine signals, retrying in {} ms: {}", backoff.toMillis(),
                            e.getMessage());
                    if (pause(backoff)) {
                        return;
                    }
                    backoff = min(backoff.multipliedBy(2), MAX_BACKOFF);
                    continue;
                }
            }
            if (lost) {
                LOG.info("listening for engine signals again");
            }
            backoff = FIRST_BACKOFF;
            announceListening();
            firstAttempt.countDown();
            try {
                waitForNotifications(connection);
            } catch (SQLException e) {
                if (!closing()) {
                    LOG.warn("engine signal connection lost, reconnecting: {}", e.getMessage());
                    lost = true;
                }
            }
            closeQuietly(connection);
            connection = null;
        }
    }

    /** Waits and dispatches until the connection fails or the listener closes. */
    private void waitForNotifications(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (!closing()) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                for (PGNotification notification : notifications) {
                    onNotification.accept(notification.getName(), notification.getParameter());
                }
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > IDLE_CHECK.toNanos()) {
                if (!connection.isValid(VALIDATION_SECONDS)) {
                    throw new SQLException("the listening connection no longer answers");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private Connection listen() throws SQLException {
        Connection connection = connector.open();
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String channel : channels) {
                statement.execute("listen " + channel);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private void announceListening() {
        try {
            onListening.run();
        } catch (RuntimeException e) {
            LOG.error("engine signal catch-up failed", e);
        }
    }

    /** Sleeps for the backoff; answers true when the listener closed meanwhile. */
    private boolean pause(Duration backoff) {
        try {
            return closing.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            return true;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing the engine signal connection: {}", e.getMessage());
        }
    }
}
