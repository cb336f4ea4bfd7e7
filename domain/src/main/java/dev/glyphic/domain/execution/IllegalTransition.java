package dev.glyphic.domain.execution;

import dev.glyphic.domain.shared.DomainException;

/** The one shape of refusal for a move the state machines do not allow: it names what, from and to, and why. */
final class IllegalTransition {
    static final String CODE = "illegal_transition";

    private IllegalTransition() {
    }

    static DomainException.Conflict of(String what, String from, String to, String reason) {
        return new DomainException.Conflict(CODE, what + " cannot go from " + from + " to " + to + ": " + reason);
    }
}
