package dev.glyphic.application.port.out.mail;

/** A message could not be handed to the mail system (server unreachable, refused, outbox not writable). */
public final class MailFailure extends RuntimeException {
    public MailFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
