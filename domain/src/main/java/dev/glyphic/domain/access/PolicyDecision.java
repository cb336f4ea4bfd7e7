package dev.glyphic.domain.access;

/** The outcome of a policy: allowed, or refused with the reason and whether it is about rights or about state. */
public sealed interface PolicyDecision {

    record Allowed() implements PolicyDecision {
    }

    /** Refused because the actor's role does not reach far enough. */
    record Forbidden(String message) implements PolicyDecision {
    }

    /** Refused because of the organization's state, whoever asks (for example: it would lose its last owner). */
    record Conflict(String code, String message) implements PolicyDecision {
    }

    PolicyDecision ALLOWED = new Allowed();
}
