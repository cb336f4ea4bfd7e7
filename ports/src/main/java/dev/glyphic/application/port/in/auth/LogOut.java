package dev.glyphic.application.port.in.auth;


/** Ends the caller's session: its refresh tokens and its access tokens stop working. */
public interface LogOut {

    void logOut(Caller caller);
}
