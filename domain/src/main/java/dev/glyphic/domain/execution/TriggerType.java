package dev.glyphic.domain.execution;

import dev.glyphic.domain.shared.Violation;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What set an execution off. */
public enum TriggerType {
    /** Someone ran it through the API or the editor. */
    MANUAL,
    /** An inbound HTTP call to the workflow's webhook. */
    WEBHOOK,
    /** A cron slot of the workflow's schedule. */
    SCHEDULE,
    /** An internal event such as {@code campaign.item.completed}. */
    EVENT,
    /** A campaign running the workflow for one of its items. */
    CAMPAIGN,
    /** A re-run of an earlier execution with the same input. */
    REPLAY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a person or their API key must stand behind an execution so triggered (see {@link Initiator}). */
    public boolean needsAPerson() {
        return this == MANUAL || this == REPLAY;
    }

    public static TriggerType parse(String raw) {
        return Arrays.stream(values())
                .filter(t -> t.wireName().equals(raw))
                .findFirst()
                .orElseThrow(() -> Violation.invalid("invalid_trigger_type", "must be one of " + Arrays
                        .stream(values()).map(TriggerType::wireName).collect(Collectors.joining(", "))));
    }
}
