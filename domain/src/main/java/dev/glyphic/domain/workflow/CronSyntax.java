package dev.glyphic.domain.workflow;

import dev.glyphic.domain.schedule.CronSchedule;
import java.util.Optional;

/**
 * Checks the five-field cron syntax users know from crontab when a workflow is saved; the one parser is
 * {@link CronSchedule}, which the scheduler computes slots with.
 */
public final class CronSyntax {
    private CronSyntax() {
    }

    /** What is wrong with the expression, or empty when it is well-formed. */
    public static Optional<String> problem(String expression) {
        try {
            CronSchedule.parse(expression);
            return Optional.empty();
        } catch (CronSchedule.Invalid invalid) {
            return Optional.of(invalid.getMessage());
        }
    }
}
