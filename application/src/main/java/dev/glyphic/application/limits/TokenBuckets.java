package dev.glyphic.application.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Token buckets by key, in this instance's memory: each holds up to {@code capacity} tokens and refills at
 * {@code capacity} per {@code windowNanos}. A bucket left alone for a whole window is full again, exactly as a new
 * one would be, so it is evicted without changing any answer: memory holds only the keys active in the last window.
 */
public final class TokenBuckets {
    private final long capacity;
    private final long windowNanos;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;

    public TokenBuckets(long capacity, long windowNanos, LongSupplier nanos) {
        this.capacity = capacity;
        this.windowNanos = windowNanos;
        this.nanos = nanos;
        this.lastSweep = new AtomicLong(nanos.getAsLong());
    }

    /** What a take left: tokens remaining (negative: refused) and nanoseconds until the next token. */
    public record Take(boolean taken, long remaining, long nanosToNext, long nanosToFull) {
    }

    public Take take(String key) {
        long now = nanos.getAsLong();
        sweepIfDue(now);
        return buckets.computeIfAbsent(key, k -> new Bucket(capacity * windowNanos, now)).take(now);
    }

    void giveBack(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket != null) {
            bucket.giveBack();
        }
    }

    int size() {
        return buckets.size();
    }

    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        if (now - last >= windowNanos && lastSweep.compareAndSet(last, now)) {
            buckets.values().removeIf(bucket -> bucket.fullAt(now));
        }
    }

    /**
     * Tokens are kept in "token-nanoseconds" (one token = {@code windowNanos} units, refilling {@code capacity}
     * units per nanosecond), so refill is exact integer arithmetic.
     */
    private final class Bucket {
        private long level;
        private long updated;

        Bucket(long level, long now) {
            this.level = level;
            this.updated = now;
        }

        synchronized Take take(long now) {
            refill(now);
            long max = capacity * windowNanos;
            if (level >= windowNanos) {
                level -= windowNanos;
                return new Take(true, level / windowNanos, nanosFor(windowNanos - level % windowNanos),
                        nanosFor(max - level));
            }
            return new Take(false, 0, nanosFor(windowNanos - level), nanosFor(max - level));
        }

        synchronized void giveBack() {
            level = Math.min(capacity * windowNanos, level + windowNanos);
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return level >= capacity * windowNanos;
        }

        private void refill(long now) {
            long elapsed = Math.max(0, now - updated);
            long max = capacity * windowNanos;
            // Saturate rather than overflow: a bucket idle for long is simply full.
            long added = elapsed > max / capacity ? max : elapsed * capacity;
            level = Math.min(max, level + added);
            updated = now;
        }

        private long nanosFor(long units) {
            return units <= 0 ? 0 : (units + capacity - 1) / capacity;
        }
    }
}
