package dev.glyphic.integrations.mail;

import dev.glyphic.application.port.out.mail.MailFailure;
import dev.glyphic.application.port.out.mail.MailMessage;
import dev.glyphic.application.port.out.mail.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.Properties;

/** Sends through the operator's SMTP server (Jakarta Mail, Angus implementation). One connection per message. */
public final class SmtpMailer implements Mailer {
    private final SmtpSettings settings;
    private final Session session;
    private final InternetAddress from;
    private final Clock clock;

    public SmtpMailer(SmtpSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", String.valueOf(settings.port()));
        String timeout = String.valueOf(settings.timeout().toMillis());
        p.put("mail.smtp.connectiontimeout", timeout);
        p.put("mail.smtp.timeout", timeout);
        p.put("mail.smtp.writetimeout", timeout);
        p.put("mail.smtp.auth", String.valueOf(settings.username().isPresent()));
        p.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        p.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        if (settings.startTls()) {
            p.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        this.session = Session.getInstance(p);
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("not a sender address: " + settings.from(), e);
        }
    }

    @Override
    public void send(MailMessage message) {
        try {
            var mime = MimeMessages.of(session, from, message, clock.instant());
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect(settings.host(), settings.port(), settings.username().orElse(null),
                        settings.password().orElse(null));
                transport.sendMessage(mime, mime.getAllRecipients());
            }
        } catch (MessagingException e) {
            // The exception names the server's answer, never the body: safe to pass on to the log.
            throw new MailFailure("SMTP " + settings.host() + ":" + settings.port() + " refused or failed: "
                    + e.getMessage(), e);
        }
    }
}
