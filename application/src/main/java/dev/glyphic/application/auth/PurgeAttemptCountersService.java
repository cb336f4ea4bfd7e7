package dev.glyphic.application.auth;

import dev.glyphic.application.port.in.PurgeAttemptCounters;
import dev.glyphic.application.port.out.AttemptCounters;
import dev.glyphic.application.port.out.Transactions;
import java.time.Clock;
import java.time.Instant;

public final class PurgeAttemptCountersService implements PurgeAttemptCounters {
    /** Small batches, each its own transaction, so a large backlog never holds many row locks at once. */
    private static final int BATCH = 1_000;

    private final Transactions transactions;
    private final AttemptCounters counters;
    private final Clock clock;

    public PurgeAttemptCountersService(Transactions transactions, AttemptCounters counters, Clock clock) {
        this.transactions = transactions;
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    public int purge() {
        Instant now = clock.instant();
        int total = 0;
        int deleted;
        do {
            deleted = transactions.global(() -> counters.purgeEnded(now, BATCH));
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
