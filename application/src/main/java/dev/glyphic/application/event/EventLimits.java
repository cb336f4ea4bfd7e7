package dev.glyphic.application.event;

import java.time.Duration;

/**
 * The operator's settings of the event dispatcher.
 *
 * @param maxDepth  how many event-started runs may follow each other in a chain; an event at this depth starts none
 * @param retention how long dispatched events stay in the outbox
 */
public record EventLimits(int batch, Duration claim, int maxDepth, Duration retention) {
}
