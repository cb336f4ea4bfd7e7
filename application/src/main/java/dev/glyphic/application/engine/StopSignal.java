package dev.glyphic.application.engine;

/**
 * Tells a step in progress to stop, and why: its lease was lost (another worker owns the run now, or the execution
 * was cancelled) or the worker is shutting down (the step is handed back). Set once; the first reason wins.
 */
public final class StopSignal {
    public enum Reason { LEASE_LOST, SHUTDOWN }

    private volatile Reason reason;
    private volatile Runnable onStop;

    public Reason reason() {
        return reason;
    }

    public void stop(Reason why) {
        Runnable action;
        synchronized (this) {
            if (reason != null) {
                return;
            }
            reason = why;
            action = onStop;
        }
        if (action != null) {
            action.run();
        }
    }

    /** What to do on a stop (interrupt the node's thread); runs at once if the stop came first. Null clears it. */
    void onStop(Runnable action) {
        boolean stoppedAlready;
        synchronized (this) {
            onStop = action;
            stoppedAlready = reason != null;
        }
        if (stoppedAlready && action != null) {
            action.run();
        }
    }
}
