package dev.glyphic.application.limits;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Live event streams this instance holds open, bounded per caller (a person or an API key), per org and in all.
 * Each open stream keeps a virtual thread and a socket, and reads the database on every change, so one tenant
 * opening thousands would take the instance from everyone else. Counted in this instance's memory.
 */
public final class StreamSlots {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    /** Streams at once per caller, per org, per instance. */
    public record Caps(int perCaller, int perOrg, int perInstance) {
        public Caps {
            if (perCaller < 1 || perOrg < 1 || perInstance < 1) {
                throw new IllegalArgumentException("stream caps must allow at least one stream");
            }
        }
    }

    private final Caps caps;
    private final Map<String, Integer> open = new HashMap<>();
    private int total;

    public StreamSlots(Caps caps) {
        this.caps = caps;
    }

    /** A stream's claim on the counts; releasing it twice is harmless. */
    public final class Slot implements AutoCloseable {
        private final String callerKey;
        private final String orgKey;
        private final AtomicBoolean released = new AtomicBoolean();

        private Slot(String callerKey, String orgKey) {
            this.callerKey = callerKey;
            this.orgKey = orgKey;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                release(callerKey, orgKey);
            }
        }
    }

    /** Takes a slot, or refuses with 429 naming which bound is reached. */
    public synchronized Slot acquire(Caller caller, OrgId org) {
        String callerKey = switch (caller) {
            case Caller.Person person -> "user:" + person.userId();
            case Caller.Machine machine -> "key:" + machine.keyId();
        };
        String orgKey = "org:" + org;
        if (open.getOrDefault(callerKey, 0) >= caps.perCaller()) {
            throw refused("you have " + caps.perCaller() + " event streams open; close one first");
        }
        if (open.getOrDefault(orgKey, 0) >= caps.perOrg()) {
            throw refused("this organization has " + caps.perOrg() + " event streams open; close one first");
        }
        if (total >= caps.perInstance()) {
            throw refused("this server holds as many event streams as it may; try again later");
        }
        open.merge(callerKey, 1, Integer::sum);
        open.merge(orgKey, 1, Integer::sum);
        total++;
        return new Slot(callerKey, orgKey);
    }

    private synchronized void release(String callerKey, String orgKey) {
        // Counts that reach zero are removed, so memory follows the streams open, not every caller ever seen.
        open.computeIfPresent(callerKey, (k, n) -> n > 1 ? n - 1 : null);
        open.computeIfPresent(orgKey, (k, n) -> n > 1 ? n - 1 : null);
        total--;
    }

    private static DomainException.RateLimited refused(String message) {
        return new DomainException.RateLimited(message, RETRY_AFTER);
    }
}
