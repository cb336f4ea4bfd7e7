package dev.glyphic.application.port.in.auth;

import dev.glyphic.domain.identity.User;
import java.time.Duration;

/** Proving an address: redeeming the mailed link, and asking for another one. */
public interface VerifyEmail {

    /** The shortest wait between two verification mails to one person: a resend button must not mail-bomb. */
    Duration RESEND_PACE = Duration.ofMinutes(1);

    /** Redeems a verification token; anyone holding it may, signed in or not (it proves the mailbox). */
    User verify(String token);

    /** Mails a fresh verification link to the signed-in person's address. */
    void resend(Caller caller);
}
