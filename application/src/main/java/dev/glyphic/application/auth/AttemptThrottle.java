package dev.glyphic.application.auth;

import dev.glyphic.application.port.out.auth.AttemptCounters;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reserves an attempt under every counter it is charged to before the guarded work (a password hash) starts:
 * all or none, in one short transaction, so that parallel requests cannot slip past a count that none of them has
 * added to yet. A refused attempt is rolled back and counts nowhere.
 */
public final class AttemptThrottle {
    private final Transactions transactions;
    private final AttemptCounters counters;
    private final Clock clock;

    public AttemptThrottle(Transactions transactions, AttemptCounters counters, Clock clock) {
        this.transactions = transactions;
        this.counters = counters;
        this.clock = clock;
    }

    /** Refusal carrying the longest wait among the counters that are full. */
    private static final class Full extends RuntimeException {
        private final Duration wait;

        Full(Duration wait) {
            super(null, null, false, false);
            this.wait = wait;
        }
    }

    /**
     * Charges the attempt to every counter, or to none and throws {@link DomainException.RateLimited} naming
     * {@code what} when any of them is full.
     */
    public Reservation reserve(String what, List<ThrottledAttempt> charges) {
        // Counters are locked in one order, so two attempts sharing two counters cannot deadlock.
        List<ThrottledAttempt> ordered = charges.stream().sorted(Comparator.comparing(ThrottledAttempt::key)).toList();
        Instant now = clock.instant();
        try {
            transactions.global(() -> {
                Optional<Duration> longest = Optional.empty();
                for (ThrottledAttempt charge : ordered) {
                    AttemptCounters.Count count = counters.add(charge.key(), now, charge.limit().window());
                    Optional<Duration> wait = charge.limit().refusal(count.attempts(), count.windowEnds(), now);
                    if (wait.isPresent() && (longest.isEmpty() || wait.get().compareTo(longest.get()) > 0)) {
                        longest = wait;
                    }
                }
                if (longest.isPresent()) {
                    throw new Full(longest.get());
                }
                return null;
            });
        } catch (Full full) {
            throw new DomainException.RateLimited("too many " + what + "; try again later", full.wait);
        }
        return new Reservation(ordered);
    }

    /** Attempts charged and not yet settled; a failure needs nothing more: it stays counted. */
    public final class Reservation {
        private final List<ThrottledAttempt> charges;

        private Reservation(List<ThrottledAttempt> charges) {
            this.charges = charges;
        }

        /** The attempt succeeded: inside the caller's transaction, clears or gives back each counter. */
        public void succeeded() {
            for (ThrottledAttempt charge : charges) {
                if (charge.clearOnSuccess()) {
                    counters.clear(charge.key());
                } else {
                    counters.takeBack(charge.key());
                }
            }
        }

        /** The guarded work never ran (the server was too busy): gives every attempt back, in a transaction of its own. */
        public void cancel() {
            transactions.global(() -> {
                charges.forEach(charge -> counters.takeBack(charge.key()));
                return null;
            });
        }
    }
}
