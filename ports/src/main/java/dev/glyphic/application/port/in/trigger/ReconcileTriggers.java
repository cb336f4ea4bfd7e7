package dev.glyphic.application.port.in.trigger;

/**
 * Brings every workflow's trigger registrations (webhooks, schedules, event subscriptions) in line with what the
 * workflow is now. Run at start-up by every instance; running it twice, or on several instances at once, is harmless.
 */
public interface ReconcileTriggers {

    /** @return how many workflows were registered again */
    int reconcile();
}
