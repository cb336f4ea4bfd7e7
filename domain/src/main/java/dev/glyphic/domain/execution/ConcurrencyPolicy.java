package dev.glyphic.domain.execution;

import dev.glyphic.domain.shared.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What happens to a new execution of a workflow that already has as many under way as its limit allows. */
public enum ConcurrencyPolicy {
    /** It waits, queued, until one ends. */
    QUEUE,
    /** It is not started at all: a trigger firing while a run is busy is dropped. */
    SKIP,
    /** The oldest one under way is cancelled to make room for it: the latest trigger wins. */
    CANCEL_PREVIOUS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(ConcurrencyPolicy::wireName).toList();
    }

    public static ConcurrencyPolicy parse(String raw) {
        return Arrays.stream(values())
                .filter(p -> p.wireName().equals(raw))
                .findFirst()
                .orElseThrow(() -> Violation.invalid("not_in_enum", "must be one of " + String.join(", ",
                        wireNames())));
    }
}
