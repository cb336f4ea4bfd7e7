package dev.glyphic.bootstrap;

import dev.glyphic.application.mail.Letters;
import dev.glyphic.application.mail.Postman;
import dev.glyphic.application.port.out.mail.MailMessage;
import dev.glyphic.application.port.out.mail.Mailer;
import dev.glyphic.bootstrap.config.MailSettings;
import dev.glyphic.bootstrap.config.StartupProblem;
import dev.glyphic.integrations.mail.OutboxDirectoryMailer;
import dev.glyphic.integrations.mail.SmtpMailer;
import dev.glyphic.integrations.mail.SmtpSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mail, from {@link MailSettings}: where it goes (SMTP, or the development outbox), the one {@link Postman} that
 * sends it off the request thread and counts deliveries, and the {@link Letters} that write it. The use cases that
 * mail (sign-up, verification, password reset, invitations) take the postman and the letters as parameters.
 */
@Factory
public class MailFactory {
    private static final Logger LOG = LoggerFactory.getLogger(MailFactory.class);
    /** Mails waiting for a sender thread; beyond, a mail is dropped and logged rather than piling up in memory. */
    private static final int QUEUE = 1_000;

    @Singleton
    Mailer mailer(MailSettings config, Clock clock) {
        String from = blank(config.from()) ? "Glyphic <no-reply@localhost>" : config.from();
        if (blank(config.smtpHost())) {
            Path outbox = Path.of(blank(config.outboxDir()) ? ".glyphic/mail" : config.outboxDir());
            LOG.warn("No GLYPHIC_SMTP_HOST: mail is written to {} and its links are logged. Development only: set "
                    + "GLYPHIC_SMTP_HOST (see docs/operations.md, Mail) before anyone real signs up.",
                    outbox.toAbsolutePath());
            return new OutboxDirectoryMailer(outbox, from, clock);
        }
        SmtpSettings smtp = new SmtpSettings(config.smtpHost(), port(config.smtpPort()),
                Optional.ofNullable(config.smtpUser()).filter(u -> !u.isBlank()),
                Optional.ofNullable(config.smtpPassword()).filter(p -> !p.isBlank()), from, startTls(config.starttls()),
                config.timeout() == null ? Duration.ofSeconds(10) : config.timeout());
        LOG.info("mail goes through {}", smtp);
        try {
            return new SmtpMailer(smtp, clock);
        } catch (IllegalArgumentException e) {
            throw new StartupProblem("GLYPHIC_SMTP_FROM is not a mail address: " + from);
        }
    }

    @Singleton
    @Named("mail")
    @Bean(preDestroy = "shutdown")
    ExecutorService mailThreads() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread thread = new Thread(r, "mail-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Singleton
    Postman postman(Mailer mailer, @Named("mail") ExecutorService threads, MeterRegistry meters) {
        return new Postman(mailer, threads, new Postman.DeliveryRecord() {
            @Override
            public void delivered(MailMessage message) {
                meters.counter("glyphic.mail.deliveries", "kind", message.kind(), "outcome", "sent").increment();
            }

            @Override
            public void failed(MailMessage message, String reason) {
                meters.counter("glyphic.mail.deliveries", "kind", message.kind(), "outcome", "failed").increment();
            }
        });
    }

    @Singleton
    Letters letters(MailSettings config) {
        String url = blank(config.publicUrl()) ? "http://localhost:8080" : config.publicUrl();
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new URISyntaxException(url, "not an http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new StartupProblem("GLYPHIC_PUBLIC_URL must be an http(s) URL, not '" + url + "'");
        }
        return new Letters(url);
    }

    private static int port(String raw) {
        if (blank(raw)) {
            return 587;
        }
        try {
            int port = Integer.parseInt(raw.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StartupProblem("GLYPHIC_SMTP_PORT must be a port number, not '" + raw + "'");
        }
    }

    private static boolean startTls(String raw) {
        if (blank(raw)) {
            return true;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new StartupProblem("GLYPHIC_SMTP_STARTTLS must be true or false, not '" + raw + "'");
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
