package dev.glyphic.application.port.in;

import dev.glyphic.application.auth.Caller;
import dev.glyphic.domain.identity.User;

/** The signed-in person. */
public interface ShowMe {

    User me(Caller caller);
}
