package dev.glyphic.domain.execution;

import dev.glyphic.domain.shared.Violation;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where one node's run within an execution stands. Which status may follow which is {@link NodeRunTransitions}'. */
public enum NodeRunStatus {
    /** Ready to be claimed once its scheduled time has come (first attempt, or a retry waiting out its backoff). */
    PENDING(false),
    /** A worker holds it under a lease. */
    RUNNING(false),
    /** Parked durably (an approval, a delay, a child execution): no worker and no lease. */
    WAITING(false),
    SUCCEEDED(true),
    FAILED(true),
    /** Never ran: its branch was not taken. */
    SKIPPED(true),
    CANCELLED(true),
    TIMED_OUT(true);

    private final boolean isFinal;

    NodeRunStatus(boolean isFinal) {
        this.isFinal = isFinal;
    }

    /**
     * Whether the run has ended. Only a manual retry from the failed node ({@link NodeRun#retryFromFailedNode})
     * moves a final run again.
     */
    public boolean isFinal() {
        return isFinal;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NodeRunStatus parse(String raw) {
        return Arrays.stream(values())
                .filter(s -> s.wireName().equals(raw))
                .findFirst()
                .orElseThrow(() -> Violation.invalid("invalid_node_run_status", "must be one of " + Arrays
                        .stream(values()).map(NodeRunStatus::wireName).collect(Collectors.joining(", "))));
    }
}
