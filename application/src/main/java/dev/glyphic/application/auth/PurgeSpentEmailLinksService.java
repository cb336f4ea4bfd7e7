package dev.glyphic.application.auth;

import dev.glyphic.application.port.in.auth.PurgeSpentEmailLinks;
import dev.glyphic.application.port.out.auth.EmailLinkRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.shared.Batches;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

public final class PurgeSpentEmailLinksService implements PurgeSpentEmailLinks {
    /** How long an expired link is kept, so that a late click is told "expired" rather than "not found". */
    static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(7);
    private static final int BATCH = 1_000;

    private final Transactions transactions;
    private final EmailLinkRepository links;
    private final Clock clock;

    public PurgeSpentEmailLinksService(Transactions transactions, EmailLinkRepository links, Clock clock) {
        this.transactions = transactions;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public int purge() {
        Instant cutoff = clock.instant().minus(KEPT_AFTER_EXPIRY);
        return Batches.drain(BATCH, n -> transactions.global(() -> links.purgeExpiredBefore(cutoff, n)));
    }
}
