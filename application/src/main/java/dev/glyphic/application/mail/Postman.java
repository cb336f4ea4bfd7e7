package dev.glyphic.application.mail;

import dev.glyphic.application.port.out.mail.MailMessage;
import dev.glyphic.application.port.out.mail.Mailer;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers mail after the use case's transaction has committed, on a thread of its own. A use case calls
 * {@link #post} only once its transaction returned, so a mail is never sent for work that rolled back; and the
 * request neither waits for the mail server (a password-reset request answers in the same time whether or not a
 * mail goes out) nor fails with it.
 *
 * <p>A failed delivery loses nothing that was stored: the link's digest is already saved, and the person can ask
 * again (resend the verification, request another reset, an admin re-invites). It is logged with its kind and
 * recipient, never its link.
 */
public final class Postman {
    private static final Logger LOG = Logger.getLogger(Postman.class.getName());

    private final Mailer mailer;
    private final Executor executor;
    private final DeliveryRecord record;

    /** Where delivery outcomes go, for operators (a metric, a counter); the log line is written regardless. */
    public interface DeliveryRecord {
        void delivered(MailMessage message);

        void failed(MailMessage message, String reason);

        DeliveryRecord NONE = new DeliveryRecord() {
            @Override
            public void delivered(MailMessage message) {
            }

            @Override
            public void failed(MailMessage message, String reason) {
            }
        };
    }

    public Postman(Mailer mailer, Executor executor, DeliveryRecord record) {
        this.mailer = mailer;
        this.executor = executor;
        this.record = record;
    }

    /** Queues the message; call after the transaction that decided to send it has committed. */
    public void post(MailMessage message) {
        try {
            executor.execute(() -> deliver(message));
        } catch (RejectedExecutionException full) {
            fail(message, "the mail queue is full");
        }
    }

    private void deliver(MailMessage message) {
        try {
            mailer.send(message);
            record.delivered(message);
        } catch (RuntimeException e) {
            fail(message, e.getMessage());
        }
    }

    private void fail(MailMessage message, String reason) {
        LOG.log(Level.WARNING, () -> "could not send " + message.kind() + " mail to " + message.to().value() + ": "
                + reason + " (nothing was lost: the person can ask again)");
        record.failed(message, String.valueOf(reason));
    }
}
