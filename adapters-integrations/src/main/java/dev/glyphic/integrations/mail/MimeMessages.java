package dev.glyphic.integrations.mail;

import dev.glyphic.application.port.out.mail.MailMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Turns our messages into MIME: plain UTF-8 text, one recipient. */
final class MimeMessages {
    private MimeMessages() {
    }

    static MimeMessage of(Session session, InternetAddress from, MailMessage message, Instant now)
            throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(from);
        mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(message.to().value(), true));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setText(message.body(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(now));
        mime.saveChanges();
        return mime;
    }
}
