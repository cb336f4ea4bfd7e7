package dev.glyphic.application.port.in.outbound;

/** The sender's step: try one batch of due deliveries. */
public interface SendDeliveries {

    /** Sends one batch; answers how many deliveries were claimed (a full batch means: call again). */
    int send();
}
