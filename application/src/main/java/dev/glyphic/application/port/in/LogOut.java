package dev.glyphic.application.port.in;

import dev.glyphic.application.auth.Caller;

/** Ends the caller's session: its refresh tokens and its access tokens stop working. */
public interface LogOut {

    void logOut(Caller caller);
}
