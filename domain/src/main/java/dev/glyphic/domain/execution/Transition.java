package dev.glyphic.domain.execution;

/** The answer of a state machine to "may this move from one status to another": allowed, or refused and why. */
public sealed interface Transition {

    record Allowed() implements Transition {
    }

    /** @param reason a sentence for people, saying what the status may do instead */
    record Refused(String reason) implements Transition {
    }

    Transition ALLOWED = new Allowed();

    default boolean isAllowed() {
        return this instanceof Allowed;
    }
}
