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

    /**
     * As {@link #amend}, for an organization choosing within the operator's ceilings: a new value above its ceiling
     * is refused, pointed at its field (under {@code executionLimits}, as the API names it) and naming the ceiling.
     * A current value above a ceiling lowered since it was chosen is lowered to it rather than refused: the
     * organization did not ask for it now.
     */
    public ExecutionLimits amendWithin(TenantCeilings ceilings, Integer newMaxConcurrentExecutions,
                                       Integer newRetentionDays) {
        Validation v = new Validation();
        v.optional("executionLimits/maxConcurrentExecutions", newMaxConcurrentExecutions,
                value -> atMost(value, ceilings.maxConcurrentExecutions()));
        v.optional("executionLimits/executionRetentionDays", newRetentionDays,
                value -> atMost(value, ceilings.maxRetentionDays()));
        v.check();
        return ceilings.clamp(this).amend(newMaxConcurrentExecutions, newRetentionDays);
    }

    private static int atMost(int value, int ceiling) {
        if (value > ceiling) {
            throw Violation.invalid("above_ceiling", "must be at most " + ceiling + ", the ceiling set by this "
                    + "server's operator");
        }
        return value;
    }

    private static int inRange(int value, int max) {
        if (value < 1 || value > max) {
            throw Violation.invalid("out_of_range", "must be between 1 and " + max);
        }
        return value;
    }
}
