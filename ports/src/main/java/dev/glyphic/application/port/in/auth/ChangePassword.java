package dev.glyphic.application.port.in.auth;

import dev.glyphic.domain.identity.NewPassword;

/** Changes a password, ends every session of the user, and starts a fresh one for the caller. */
public interface ChangePassword {

    record Command(String currentPassword, NewPassword newPassword) {
        @Override
        public String toString() {
            return "ChangePassword.Command[***]";
        }
    }

    SessionTokens change(Caller caller, Command command);
}
