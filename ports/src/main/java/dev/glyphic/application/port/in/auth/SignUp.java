package dev.glyphic.application.port.in.auth;

import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.NewPassword;

/** Registers a person with email and password and signs them in; sign-ups per client address are throttled. */
public interface SignUp {

    record Command(Email email, NewPassword password, DisplayName name, RequestOrigin origin) {
        /** A sign-up from nowhere in particular: charged to no client address. */
        public Command(Email email, NewPassword password, DisplayName name) {
            this(email, password, name, new RequestOrigin(java.util.Optional.empty(), java.util.Optional.empty()));
        }

        @Override
        public String toString() {
            return "SignUp.Command[email=" + email + "]";
        }
    }

    SessionTokens signUp(Command command);
}
