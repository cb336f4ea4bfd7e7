package dev.glyphic.persistence.execution;

import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.persistence.Sql;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends NOTIFYs for other instances, off the hot path. A transaction that NOTIFYs takes a database-wide lock at
 * COMMIT and holds it through the commit's WAL flush, so every notifying transaction commits one after the other:
 * measured, that capped the engine at about 70 executions per second. Here the use case's transaction only records
 * the signal; once it has committed, this sender's thread sends everything pending in one short transaction of its
 * own, repeats collapsed. The cost is a millisecond or two of latency for other instances, and a signal lost if the
 * process dies between the commit and the send, which the listeners' polling covers.
 */
final class NotificationSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);
    private static final String SEND = "select pg_notify(n.channel, n.payload) "
            + "from unnest(?::text[], ?::text[]) as n(channel, payload)";

    private record Notification(String channel, String payload) {
    }

    private final Transactions transactions;
    private final Sql sql;
    private final Set<Notification> pending = new LinkedHashSet<>();
    private final Thread thread;
    private boolean closed;

    NotificationSender(Transactions transactions, Sql sql) {
        this.transactions = transactions;
        this.sql = sql;
        this.thread = Thread.ofPlatform().daemon().name("glyphic-signals-sender").start(this::run);
    }

    void send(String channel, String payload) {
        synchronized (pending) {
            if (!closed) {
                pending.add(new Notification(channel, payload));
                pending.notifyAll();
            }
        }
    }

    private void run() {
        while (true) {
            List<Notification> batch;
            synchronized (pending) {
                while (pending.isEmpty() && !closed) {
                    try {
                        pending.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                batch = new ArrayList<>(pending);
                pending.clear();
            }
            try {
                String[] channels = batch.stream().map(Notification::channel).toArray(String[]::new);
                String[] payloads = batch.stream().map(Notification::payload).toArray(String[]::new);
                transactions.global(() -> sql.list(SEND, row -> 0, channels, payloads));
            } catch (RuntimeException e) {
                // Signals are hints: other instances poll, and re-read when they next hear anything.
                LOG.warn("could not send {} engine signals to other instances", batch.size(), e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (pending) {
            closed = true;
            pending.notifyAll();
        }
    }
}
