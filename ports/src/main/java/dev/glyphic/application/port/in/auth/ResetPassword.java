package dev.glyphic.application.port.in.auth;

import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.NewPassword;
import java.time.Duration;

/** A forgotten password, replaced through a single-use link mailed to the account's address. */
public interface ResetPassword {

    /** Within this window a second request for one account mails nothing more. */
    Duration REQUEST_PACE = Duration.ofMinutes(1);

    /**
     * Mails a reset link if an account with a password has this address. Says nothing either way, in the same
     * time: whether an address has an account is not the caller's to learn.
     */
    void request(Email email);

    record Confirm(String token, NewPassword newPassword) {
        @Override
        public String toString() {
            return "ResetPassword.Confirm[***]";
        }
    }

    /** Sets the new password and ends every session of the account. */
    void confirm(Confirm command);
}
