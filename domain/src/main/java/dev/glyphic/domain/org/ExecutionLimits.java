package dev.glyphic.domain.org;

import dev.glyphic.domain.shared.Validation;
import dev.glyphic.domain.shared.Violation;

/**
 * What an organization's workflow runs may cost it: how many executions may be under way at once (the engine admits
 * queued ones only below this), and for how many days a finished execution is kept before it is purged.
 *
 * @param maxConcurrentExecutions executions running or waiting at once, across the organization's workspaces
 * @param retentionDays           days a finished execution, with its node runs and logs, is kept
 */
public record ExecutionLimits(int maxConcurrentExecutions, int retentionDays) {
    /** A ceiling well above any real team's need; beyond it, one tenant could starve the others' admissions. */
    public static final int MAX_CONCURRENT_EXECUTIONS = 10_000;
    /** Ten years: keeping executions longer is an archive's job, not the run history's. */
    public static final int MAX_RETENTION_DAYS = 3650;
    /** The database's defaults for a new organization; declared after the limits, which its construction checks. */
    public static final ExecutionLimits DEFAULT = new ExecutionLimits(20, 30);

    public ExecutionLimits {
        Validation v = new Validation();
        v.optional("maxConcurrentExecutions", maxConcurrentExecutions, ExecutionLimits::checkMaxConcurrentExecutions);
        v.optional("executionRetentionDays", retentionDays, ExecutionLimits::checkRetentionDays);
        v.check();
    }

    /**
     * The value when it is an allowed concurrency limit; a parser for {@link Validation}, which points the refusal
     * at wherever the value came from.
     */
    public static int checkMaxConcurrentExecutions(int value) {
        return inRange(value, MAX_CONCURRENT_EXECUTIONS);
    }

    /** The value when it is an allowed retention in days; a parser for {@link Validation}. */
    public static int checkRetentionDays(int value) {
        return inRange(value, MAX_RETENTION_DAYS);
    }

    /** These limits with the given ones replaced; a null keeps the current one. */
    public ExecutionLimits amend(Integer newMaxConcurrentExecutions, Integer newRetentionDays) {
        return new ExecutionLimits(
                newMaxConcurrentExecutions == null ? maxConcurrentExecutions : newMaxConcurrentExecutions,
                newRetentionDays == null ? retentionDays : newRetentionDays);
    }

    private static int inRange(int value, int max) {
        if (value < 1 || value > max) {
            throw Violation.invalid("out_of_range", "must be between 1 and " + max);
        }
        return value;
    }
}
