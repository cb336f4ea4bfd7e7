package dev.glyphic.application.shared;

import java.util.function.IntUnaryOperator;

/** Housekeeping deletes in small batches, each its own transaction, so a backlog never holds many row locks at once. */
public final class Batches {
    private Batches() {
    }

    /**
     * Calls {@code deleteUpTo} with {@code batch} until it answers fewer than that (the backlog is gone); answers the
     * total deleted.
     */
    public static int drain(int batch, IntUnaryOperator deleteUpTo) {
        int total = 0;
        int deleted;
        do {
            deleted = deleteUpTo.applyAsInt(batch);
            total += deleted;
        } while (deleted == batch);
        return total;
    }
}
