package dev.glyphic.bench;

import java.util.Arrays;

/** Latencies of one scenario's measured requests, and the wall time they took together. */
final class Latencies {
    private final long[] nanos;
    private int count;
    private long wallNanos;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
        wallNanos += elapsedNanos;
    }

    /** Adds time spent between requests (building the next body), so that requests/s is what one client achieved. */
    void addWall(long elapsedNanos) {
        wallNanos += elapsedNanos;
    }

    int count() {
        return count;
    }

    /** Nearest-rank percentile, in milliseconds. */
    double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    double maxMillis() {
        return percentileMillis(100);
    }

    double perSecond() {
        return count / (wallNanos / 1e9);
    }
}
