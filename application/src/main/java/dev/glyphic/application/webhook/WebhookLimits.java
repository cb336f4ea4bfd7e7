package dev.glyphic.application.webhook;

import java.time.Duration;

/**
 * The operator's bounds on inbound webhooks.
 *
 * @param callsPerWindow   calls one webhook takes per {@code window} (in this instance) before answering 429
 * @param secretGrace      how long a rotated-out secret keeps verifying
 */
public record WebhookLimits(long maxBodyBytes, Duration signatureTolerance, Duration whenFinishedWait,
                            Duration secretGrace, long callsPerWindow, Duration window) {
}
