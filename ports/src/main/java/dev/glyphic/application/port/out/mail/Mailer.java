package dev.glyphic.application.port.out.mail;

/**
 * Hands one message to the mail system (an SMTP server, or a development outbox of files). Called off the request
 * thread and after the transaction that wanted the mail has committed, never inside it: a slow or refusing mail
 * server must hold no connection, lock or request, and must not undo what the mail reports.
 */
public interface Mailer {

    /** Sends now; throws {@link MailFailure} when the message could not be handed over. */
    void send(MailMessage message);
}
