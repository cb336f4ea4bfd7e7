package dev.glyphic.bootstrap.config;

import dev.glyphic.application.event.EventLimits;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** The event dispatcher (application.yml; docs/operations.md, "Events"). */
@ConfigurationProperties("glyphic.events")
public record EventSettings(boolean enabled, Duration pollInterval, int batch, Duration claim, int maxDepth,
                            Duration retention) {

    public EventSettings {
        if (batch < 1 || maxDepth < 1) {
            throw new StartupProblem("glyphic.events: batch and max-depth must be positive");
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || claim.isNegative() || claim.isZero()
                || retention.isNegative()) {
            throw new StartupProblem("glyphic.events: poll-interval and claim must be positive, retention not "
                    + "negative");
        }
    }

    public EventLimits limits() {
        return new EventLimits(batch, claim, maxDepth, retention);
    }
}
