package dev.glyphic.bootstrap.config;

import dev.glyphic.application.webhook.WebhookLimits;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** The operator's bounds on inbound webhooks (application.yml; docs/operations.md, "Webhooks"). */
@ConfigurationProperties("glyphic.webhooks")
public record WebhookSettings(long maxBodyBytes, Duration signatureTolerance, Duration whenFinishedWait,
                              Duration secretGrace, long callsPerWindow, Duration window) {

    public WebhookSettings {
        if (maxBodyBytes < 1 || callsPerWindow < 1) {
            throw new StartupProblem("glyphic.webhooks: max-body-bytes and calls-per-window must be positive");
        }
        if (signatureTolerance.isNegative() || whenFinishedWait.isNegative() || secretGrace.isNegative()
                || window.isNegative() || window.isZero()) {
            throw new StartupProblem("glyphic.webhooks: durations must not be negative, and window must be positive");
        }
    }

    public WebhookLimits limits() {
        return new WebhookLimits(maxBodyBytes, signatureTolerance, whenFinishedWait, secretGrace, callsPerWindow,
                window);
    }
}
