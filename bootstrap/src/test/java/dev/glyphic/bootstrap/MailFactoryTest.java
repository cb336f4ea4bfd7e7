package dev.glyphic.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.mail.Mailer;
import dev.glyphic.bootstrap.config.MailSettings;
import dev.glyphic.bootstrap.config.StartupProblem;
import dev.glyphic.integrations.mail.OutboxDirectoryMailer;
import dev.glyphic.integrations.mail.SmtpMailer;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Where mail goes, from the GLYPHIC_SMTP_* settings, and which settings stop the start. */
class MailFactoryTest {
    private final MailFactory factory = new MailFactory();

    private static MailSettings config(String host, String port, String starttls, String publicUrl) {
        return new MailSettings(host, port, null, null, "Glyphic <no-reply@glyphic.test>", starttls,
                Duration.ofSeconds(5), "target/mail-factory-test/mail", publicUrl);
    }

    @Test
    void withoutAnSmtpHostMailGoesToTheOutboxUnderTheDataDirectory() {
        Mailer mailer = factory.mailer(config(null, null, null, null), Clock.systemUTC());
        OutboxDirectoryMailer outbox = assertInstanceOf(OutboxDirectoryMailer.class, mailer);
        assertEquals(Path.of("target/mail-factory-test/mail"), outbox.directory());
    }

    @Test
    void withAnSmtpHostMailGoesThroughIt() {
        assertInstanceOf(SmtpMailer.class, factory.mailer(config("smtp.example.com", "2525", "true", null),
                Clock.systemUTC()));
    }

    @Test
    void badSettingsStopTheStartNamingTheVariable() {
        StartupProblem port = assertThrows(StartupProblem.class,
                () -> factory.mailer(config("smtp.example.com", "lots", null, null), Clock.systemUTC()));
        assertTrue(port.getMessage().contains("GLYPHIC_SMTP_PORT"), port.getMessage());
        StartupProblem tls = assertThrows(StartupProblem.class,
                () -> factory.mailer(config("smtp.example.com", "587", "maybe", null), Clock.systemUTC()));
        assertTrue(tls.getMessage().contains("GLYPHIC_SMTP_STARTTLS"), tls.getMessage());
        StartupProblem url = assertThrows(StartupProblem.class,
                () -> factory.letters(config(null, null, null, "ftp://files.example.com")));
        assertTrue(url.getMessage().contains("GLYPHIC_PUBLIC_URL"), url.getMessage());
    }

    /** The defaults in application.yml, whose values hold colons and angle brackets, resolve as documented. */
    @Test
    void theDefaultsResolveFromApplicationYml() {
        try (ApplicationContext context = ApplicationContext.builder().build()) {
            context.getEnvironment().start();
            var env = context.getEnvironment();
            if (System.getenv("GLYPHIC_PUBLIC_URL") == null) {
                assertEquals("http://localhost:8080", env.getProperty("glyphic.mail.public-url", String.class)
                        .orElseThrow());
            }
            if (System.getenv("GLYPHIC_SMTP_FROM") == null) {
                assertEquals("Glyphic <no-reply@localhost>", env.getProperty("glyphic.mail.from", String.class)
                        .orElseThrow());
            }
            if (System.getenv("GLYPHIC_DATA_DIR") == null) {
                assertEquals(".glyphic/mail", env.getProperty("glyphic.mail.outbox-dir", String.class).orElseThrow());
            }
            assertEquals("true", env.getProperty("glyphic.mail.starttls", String.class).orElseThrow());
        }
    }
}
