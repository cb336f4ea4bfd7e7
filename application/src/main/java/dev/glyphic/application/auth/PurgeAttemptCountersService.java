package dev.glyphic.application.auth;

import dev.glyphic.application.port.in.auth.PurgeAttemptCounters;
import dev.glyphic.application.port.out.auth.AttemptCounters;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.shared.Batches;
import java.time.Clock;
import java.time.Instant;

public final class PurgeAttemptCountersService implements PurgeAttemptCounters {
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
        return Batches.drain(BATCH, n -> transactions.global(() -> counters.purgeEnded(now, n)));
    }
}
