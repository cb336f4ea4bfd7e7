package dev.glyphic.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * Mail settings ({@code glyphic.mail.*} in application.yml, from the GLYPHIC_SMTP_* variables). Without an SMTP
 * host, mail goes to {@code outboxDir} as {@code .eml} files (development).
 *
 * @param publicUrl where people reach Glyphic; the links in mails start with it
 */
@ConfigurationProperties("glyphic.mail")
public record MailSettings(@Nullable String smtpHost, @Nullable String smtpPort, @Nullable String smtpUser,
                                @Nullable String smtpPassword, @Nullable String from, @Nullable String starttls,
                                @Nullable Duration timeout, @Nullable String outboxDir, @Nullable String publicUrl) {

    @Override
    public String toString() {
        return "MailSettings[smtpHost=" + smtpHost + ", smtpPort=" + smtpPort + ", smtpUser=" + smtpUser
                + ", from=" + from + ", starttls=" + starttls + ", outboxDir=" + outboxDir + ", publicUrl=" + publicUrl
                + "]";
    }
}
