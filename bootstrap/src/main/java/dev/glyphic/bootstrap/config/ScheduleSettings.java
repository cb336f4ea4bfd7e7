package dev.glyphic.bootstrap.config;

import dev.glyphic.application.schedule.ScheduleLimits;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** The scheduler (application.yml; docs/operations.md, "Schedules"). */
@ConfigurationProperties("glyphic.schedules")
public record ScheduleSettings(boolean enabled, Duration pollInterval, int batch, int workers, Duration claim,
                               Duration lateAllowance, int runAllCap, int previewMax) {

    public ScheduleSettings {
        if (batch < 1 || workers < 1 || runAllCap < 1 || previewMax < 1) {
            throw new StartupProblem("glyphic.schedules: batch, workers, run-all-cap and preview-max must be "
                    + "positive");
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || claim.isNegative() || claim.isZero()
                || lateAllowance.isNegative()) {
            throw new StartupProblem("glyphic.schedules: poll-interval and claim must be positive, late-allowance "
                    + "not negative");
        }
    }

    public ScheduleLimits limits() {
        return new ScheduleLimits(batch, claim, lateAllowance, runAllCap, previewMax);
    }
}
