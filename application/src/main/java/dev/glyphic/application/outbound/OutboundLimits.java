package dev.glyphic.application.outbound;

import java.time.Duration;

/**
 * The operator's settings of outbound webhooks.
 *
 * @param claim   how long a sender holds a delivery; one that dies holding it loses it then, and another sends it
 * @param timeout one attempt, from connecting to the last byte of the answer
 * @param secretGrace how long a rotated-out secret keeps signing beside the new one
 */
public record OutboundLimits(int batch, Duration claim, Duration timeout, Duration secretGrace) {
}
