package dev.glyphic.web.security;

import dev.glyphic.application.port.in.auth.Caller;
import io.micronaut.security.authentication.Authentication;

/** The caller the core authenticated, as controllers receive it. */
public final class Callers {
    private Callers() {
    }

    public static Caller of(Authentication authentication) {
        if (authentication.getAttributes().get(BearerTokenValidator.CALLER) instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("authentication without a Glyphic caller: " + authentication.getName());
    }
}
