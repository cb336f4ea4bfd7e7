package dev.glyphic.domain.schedule;

import java.util.Locale;

/** What a schedule does with slots that passed while nothing could fire them (downtime, a pause is not one). */
public enum MissedRunPolicy {
    /** Only a slot still within the lateness allowance fires; older ones are recorded as skipped. */
    SKIP,
    /** One run for the latest missed slot; the others are recorded as skipped. */
    RUN_ONCE,
    /** A run for every missed slot, up to the operator's cap (the most recent ones); the rest are skipped. */
    RUN_ALL;

    public static MissedRunPolicy parse(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
