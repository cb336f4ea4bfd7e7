package dev.glyphic.application.port.in;

import dev.glyphic.application.auth.SessionTokens;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.NewPassword;

/** Registers a person with email and password and signs them in. */
public interface SignUp {

    record Command(Email email, NewPassword password, DisplayName name) {
    }

    SessionTokens signUp(Command command);
}
