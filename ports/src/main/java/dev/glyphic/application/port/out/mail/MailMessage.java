package dev.glyphic.application.port.out.mail;

import dev.glyphic.domain.identity.Email;
import java.util.Objects;

/**
 * One plain-text message to one address. Every mail Glyphic sends asks the reader to follow one link, kept apart
 * so that the development outbox can point at it. The link carries a secret: whoever logs a message logs its
 * recipient and subject, not its body or link.
 *
 * @param kind what the message is for ({@code verify_email}, {@code reset_password}, {@code invitation}), for logs
 */
public record MailMessage(String kind, Email to, String subject, String body, String link) {
    public MailMessage {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(to);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
        Objects.requireNonNull(link);
    }

    @Override
    public String toString() {
        return "MailMessage[" + kind + " to " + to.value() + "]";
    }
}
