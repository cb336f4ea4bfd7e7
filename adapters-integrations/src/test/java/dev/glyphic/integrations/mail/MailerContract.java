package dev.glyphic.integrations.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.mail.MailFailure;
import dev.glyphic.application.port.out.mail.MailMessage;
import dev.glyphic.application.port.out.mail.Mailer;
import dev.glyphic.domain.identity.Email;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Mailer} must do; {@code SmtpMailerTest} runs it against a real SMTP server (GreenMail),
 * {@code OutboxDirectoryMailerTest} against a temporary directory.
 */
abstract class MailerContract {
    /** The sender every adapter under test is configured with. */
    protected static final String SENDER = "Glyphic <no-reply@glyphic.test>";

    /** The adapter under test, sending as {@link #SENDER} to a mail system that takes messages. */
    protected abstract Mailer adapter();

    /** The adapter under test, configured with a mail system that cannot take a message. */
    protected abstract Mailer unavailableAdapter();

    /** Every message the working mail system has received so far, as the recipient's client would read it. */
    protected abstract List<MimeMessage> delivered() throws Exception;

    static MailMessage message(String to) {
        return new MailMessage("verify_email", Email.of(to), "Confirm your address — ✓",
                "Open https://glyphic.test/verify-email#token=gev_abc\nThanks, Zoë",
                "https://glyphic.test/verify-email#token=gev_abc");
    }

    @Test
    void aMessageArrivesWithItsRecipientSenderSubjectAndUtf8Text() throws Exception {
        adapter().send(message("Grace@Example.com"));

        List<MimeMessage> received = delivered();
        assertEquals(1, received.size());
        MimeMessage mail = received.get(0);
        assertEquals("grace@example.com", mail.getAllRecipients()[0].toString());
        assertEquals(SENDER, mail.getFrom()[0].toString());
        assertEquals("Confirm your address — ✓", mail.getSubject());
        assertTrue(mail.getContentType().toLowerCase().contains("utf-8"), mail.getContentType());
        String text = (String) mail.getContent();
        assertTrue(text.contains("#token=gev_abc"), text);
        assertTrue(text.contains("Zoë"), text);
    }

    @Test
    void eachMessageArrivesOnceForItsOwnRecipient() throws Exception {
        Mailer mailer = adapter();
        mailer.send(message("ada@example.com"));
        mailer.send(message("grace@example.com"));

        List<String> recipients = new ArrayList<>();
        for (MimeMessage mail : delivered()) {
            Address[] to = mail.getAllRecipients();
            assertEquals(1, to.length);
            recipients.add(to[0].toString());
        }
        assertEquals(2, recipients.size(), recipients::toString);
        assertEquals(Set.of("ada@example.com", "grace@example.com"), Set.copyOf(recipients));
    }

    @Test
    void aMailSystemThatCannotTakeTheMessageIsAMailFailure() throws Exception {
        MailFailure failure = assertThrows(MailFailure.class,
                () -> unavailableAdapter().send(message("ada@example.com")));

        assertTrue(failure.getCause() != null, "the failure keeps its cause for the log");
        assertEquals(List.of(), delivered(), "nothing arrived");
    }
}
