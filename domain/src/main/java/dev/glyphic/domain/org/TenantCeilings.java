package dev.glyphic.domain.org;

/**
 * What the operator allows any one organization, whatever the organization chooses: the limits an organization sets
 * for itself ({@link ExecutionLimits}) may not exceed the first two, and the last two bound every organization alike.
 * A ceiling lowered after an organization chose more applies all the same: the engine uses the lower of the two.
 *
 * @param maxConcurrentExecutions the highest {@link ExecutionLimits#maxConcurrentExecutions()} an org may choose
 * @param maxRetentionDays        the highest {@link ExecutionLimits#retentionDays()} an org may choose
 * @param maxQueuedExecutions     executions an org may have queued at once; starting one more is refused until the
 *                                queue drains (a fire-and-forget loop otherwise fills the table for everyone)
 * @param maxSubworkflowDepth     how many levels of child runs may hang below a run that was not started by a
 *                                sub-workflow node; a node whose child would sit deeper fails
 */
public record TenantCeilings(int maxConcurrentExecutions, int maxRetentionDays, int maxQueuedExecutions,
                             int maxSubworkflowDepth) {
    /** The defaults of the operator's settings (docs/operations.md, "Tenant ceilings"). */
    public static final TenantCeilings DEFAULT = new TenantCeilings(100, 365, 1_000, 10);

    public TenantCeilings {
        requireWithin("maxConcurrentExecutions", maxConcurrentExecutions, 1,
                ExecutionLimits.MAX_CONCURRENT_EXECUTIONS);
        requireWithin("maxRetentionDays", maxRetentionDays, 1, ExecutionLimits.MAX_RETENTION_DAYS);
        requireWithin("maxQueuedExecutions", maxQueuedExecutions, 1, 1_000_000);
        // The column is a smallint; a depth in the thousands is a loop, not a design.
        requireWithin("maxSubworkflowDepth", maxSubworkflowDepth, 0, 1_000);
    }

    /** The limits an organization chose, lowered to these ceilings where they exceed them: what the engine uses. */
    public ExecutionLimits clamp(ExecutionLimits chosen) {
        return new ExecutionLimits(Math.min(chosen.maxConcurrentExecutions(), maxConcurrentExecutions),
                Math.min(chosen.retentionDays(), maxRetentionDays));
    }

    private static void requireWithin(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("the operator's " + name + " ceiling must be between " + min + " and "
                    + max + ", was " + value);
        }
    }
}
