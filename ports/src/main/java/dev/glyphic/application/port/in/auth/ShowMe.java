package dev.glyphic.application.port.in.auth;

import dev.glyphic.domain.identity.User;

/** The signed-in person. */
public interface ShowMe {

    User me(Caller caller);
}
