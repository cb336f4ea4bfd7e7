package dev.glyphic.domain.execution;

import dev.glyphic.domain.shared.Violation;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a workflow execution stands. Which status may follow which is {@link ExecutionTransitions}' business alone.
 */
public enum ExecutionStatus {
    /** Created and waiting for a worker, within its org's and workflow's concurrency limits. */
    QUEUED(false),
    /** A worker holds it and is advancing its nodes. */
    RUNNING(false),
    /** Parked durably at an approval, a delay or a child execution: no worker holds it. */
    WAITING(false),
    SUCCEEDED(true),
    FAILED(true),
    CANCELLED(true),
    TIMED_OUT(true);

    private final boolean isFinal;

    ExecutionStatus(boolean isFinal) {
        this.isFinal = isFinal;
    }

    /** Whether the execution has ended: nothing moves it any further (see {@link ExecutionTransitions}). */
    public boolean isFinal() {
        return isFinal;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExecutionStatus parse(String raw) {
        return Arrays.stream(values())
                .filter(s -> s.wireName().equals(raw))
                .findFirst()
                .orElseThrow(() -> Violation.invalid("invalid_execution_status", "must be one of " + Arrays
                        .stream(values()).map(ExecutionStatus::wireName).collect(Collectors.joining(", "))));
    }
}
