package dev.glyphic.integrations.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.glyphic.application.port.out.mail.MailFailure;
import dev.glyphic.application.port.out.mail.Mailer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Mailer contract against GreenMail, a real SMTP server on a free local port, and what only SMTP has. */
class SmtpMailerTest extends MailerContract {
    private GreenMail smtp;
    private int closedPort;

    @BeforeEach
    void start() throws IOException {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Override
    protected Mailer adapter() {
        return new SmtpMailer(settings(Optional.empty(), Optional.empty()), Clock.systemUTC());
    }

    /** A port nobody listens on. */
    @Override
    protected Mailer unavailableAdapter() {
        return new SmtpMailer(new SmtpSettings("127.0.0.1", closedPort, Optional.empty(), Optional.empty(),
                SENDER, false, Duration.ofSeconds(2)), Clock.systemUTC());
    }

    @Override
    protected List<MimeMessage> delivered() {
        return List.of(smtp.getReceivedMessages());
    }

    private SmtpSettings settings(Optional<String> user, Optional<String> password) {
        return new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), user, password, SENDER, false,
                Duration.ofSeconds(5));
    }

    @Test
    void itAuthenticatesWhenGivenAUser() {
        smtp.setUser("glyphic@glyphic.test", "mailer", "s3cret");
        new SmtpMailer(settings(Optional.of("mailer"), Optional.of("s3cret")), Clock.systemUTC())
                .send(message("grace@example.com"));
        assertEquals(1, smtp.getReceivedMessages().length);

        MailFailure refused = assertThrows(MailFailure.class,
                () -> new SmtpMailer(settings(Optional.of("mailer"), Optional.of("wrong")), Clock.systemUTC())
                        .send(message("grace@example.com")));
        assertTrue(refused.getMessage().contains("127.0.0.1"), refused.getMessage());
        assertEquals(1, smtp.getReceivedMessages().length, "nothing more arrived");
    }

    @Test
    void aServerThatCannotStartTlsGetsNothingWhenTlsIsRequired() {
        SmtpSettings tls = new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), Optional.empty(), Optional.empty(),
                "no-reply@glyphic.test", true, Duration.ofSeconds(5));
        assertThrows(MailFailure.class, () -> new SmtpMailer(tls, Clock.systemUTC()).send(message("a@example.com")));
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void anUnreachableServerIsAMailFailureNamingIt() {
        MailFailure failure = assertThrows(MailFailure.class,
                () -> unavailableAdapter().send(message("grace@example.com")));
        assertTrue(failure.getMessage().contains(String.valueOf(closedPort)), failure.getMessage());
    }
}
