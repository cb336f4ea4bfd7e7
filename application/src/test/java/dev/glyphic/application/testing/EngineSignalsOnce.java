package dev.glyphic.application.testing;

import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.persistence.execution.PgEngineSignals;
import dev.glyphic.persistence.Sql;
import dev.glyphic.persistence.setup.DatabaseSettings;
import dev.glyphic.persistence.testing.PersistenceContext;
import dev.glyphic.persistence.testing.TestDatabase;

/**
 * The real engine signals, one per test JVM as in a server (each holds a sender thread). Never started: publishing
 * needs no listening connection, and no engine listens here.
 */
final class EngineSignalsOnce {
    private static PgEngineSignals signals;

    private EngineSignalsOnce() {
    }

    static synchronized EngineSignals get() {
        if (signals == null) {
            DatabaseSettings db = TestDatabase.get().settings();
            signals = new PgEngineSignals(PersistenceContext.bean(Sql.class), PersistenceContext.bean(
                    Transactions.class), PgEngineSignals.Connector.of(db.url(), db.appUser(), db.appPassword()));
        }
        return signals;
    }
}
