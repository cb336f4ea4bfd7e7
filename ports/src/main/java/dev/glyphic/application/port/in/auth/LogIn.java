package dev.glyphic.application.port.in.auth;

import dev.glyphic.domain.identity.Email;

/** Signs a person in with email and password; repeated failures for an address are throttled. */
public interface LogIn {

    record Command(Email email, String password, RequestOrigin origin) {
        @Override
        public String toString() {
            return "LogIn.Command[email=" + email + "]";
        }
    }

    SessionTokens logIn(Command command);
}
