package dev.glyphic.integrations.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.glyphic.application.port.out.mail.MailFailure;
import dev.glyphic.application.port.out.mail.MailMessage;
import dev.glyphic.domain.identity.Email;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against GreenMail, a real SMTP server on a free local port. */
class SmtpMailerTest {
    private GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private SmtpSettings settings(Optional<String> user, Optional<String> password) {
        return new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), user, password,
                "Glyphic <no-reply@glyphic.test>", false, Duration.ofSeconds(5));
    }

    private static MailMessage message() {
        return new MailMessage("verify_email", Email.of("Grace@Example.com"), "Confirm your address — ✓",
                "Open https://glyphic.test/verify-email#token=gev_abc\nThanks, Zoë",
                "https://glyphic.test/verify-email#token=gev_abc");
    }

    @Test
    void aMessageArrivesWithItsSenderSubjectAndUtf8Body() throws Exception {
        new SmtpMailer(settings(Optional.empty(), Optional.empty()), Clock.systemUTC()).send(message());

        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage mail = received[0];
        assertEquals("grace@example.com", mail.getAllRecipients()[0].toString());
        assertEquals("Glyphic <no-reply@glyphic.test>", mail.getFrom()[0].toString());
        assertEquals("Confirm your address — ✓", mail.getSubject());
        String body = GreenMailUtil.getBody(mail);
        assertTrue(mail.getContentType().toLowerCase().contains("utf-8"), mail.getContentType());
        assertTrue(((String) mail.getContent()).contains("#token=gev_abc"), body);
        assertTrue(((String) mail.getContent()).contains("Zoë"), body);
    }

    @Test
    void itAuthenticatesWhenGivenAUser() throws Exception {
        smtp.setUser("glyphic@glyphic.test", "mailer", "s3cret");
        new SmtpMailer(settings(Optional.of("mailer"), Optional.of("s3cret")), Clock.systemUTC()).send(message());
        assertEquals(1, smtp.getReceivedMessages().length);

        MailFailure refused = assertThrows(MailFailure.class,
                () -> new SmtpMailer(settings(Optional.of("mailer"), Optional.of("wrong")), Clock.systemUTC())
                        .send(message()));
        assertTrue(refused.getMessage().contains("127.0.0.1"), refused.getMessage());
        assertEquals(1, smtp.getReceivedMessages().length, "nothing more arrived");
    }

    @Test
    void aServerThatCannotStartTlsGetsNothingWhenTlsIsRequired() {
        SmtpSettings tls = new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), Optional.empty(), Optional.empty(),
                "no-reply@glyphic.test", true, Duration.ofSeconds(5));
        assertThrows(MailFailure.class, () -> new SmtpMailer(tls, Clock.systemUTC()).send(message()));
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void anUnreachableServerIsAMailFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmtpSettings nowhere = new SmtpSettings("127.0.0.1", closedPort, Optional.empty(), Optional.empty(),
                "no-reply@glyphic.test", false, Duration.ofSeconds(2));
        MailFailure failure = assertThrows(MailFailure.class,
                () -> new SmtpMailer(nowhere, Clock.systemUTC()).send(message()));
        assertTrue(failure.getMessage().contains(String.valueOf(closedPort)), failure.getMessage());
    }
}
