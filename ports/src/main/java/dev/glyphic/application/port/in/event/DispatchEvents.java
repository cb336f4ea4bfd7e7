package dev.glyphic.application.port.in.event;

/** The dispatcher's step: act on one batch of undispatched events. */
public interface DispatchEvents {

    /** Dispatches one batch; answers how many events were claimed (a full batch means: call again). */
    int dispatch();
}
