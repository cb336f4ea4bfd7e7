package dev.glyphic.bootstrap.config;

import dev.glyphic.application.outbound.OutboundLimits;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** Outbound webhooks (application.yml; docs/operations.md, "Outbound webhooks"). */
@ConfigurationProperties("glyphic.outbound-webhooks")
public record OutboundWebhookSettings(boolean enabled, Duration pollInterval, int batch, Duration claim,
                                      Duration timeout, Duration secretGrace) {

    public OutboundWebhookSettings {
        if (batch < 1) {
            throw new StartupProblem("glyphic.outbound-webhooks: batch must be positive");
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || claim.compareTo(timeout) <= 0
                || timeout.isNegative() || timeout.isZero() || secretGrace.isNegative()) {
            throw new StartupProblem("glyphic.outbound-webhooks: durations must be positive, and a claim must "
                    + "outlast one attempt's timeout");
        }
    }

    public OutboundLimits limits() {
        return new OutboundLimits(batch, claim, timeout, secretGrace);
    }
}
