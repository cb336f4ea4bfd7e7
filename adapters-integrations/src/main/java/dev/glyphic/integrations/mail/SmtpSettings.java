package dev.glyphic.integrations.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the operator's SMTP server.
 *
 * @param startTls upgrade the connection with STARTTLS and refuse to send if the server cannot (the default: an
 *                 SMTP password and our links must not cross the network in clear)
 * @param timeout  for connecting, reading and writing each; a hung server must not hold the mail thread forever
 */
public record SmtpSettings(String host, int port, Optional<String> username, Optional<String> password, String from,
                           boolean startTls, Duration timeout) {
    public SmtpSettings {
        Objects.requireNonNull(host);
        Objects.requireNonNull(username);
        Objects.requireNonNull(password);
        Objects.requireNonNull(from);
        Objects.requireNonNull(timeout);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port out of range: " + port);
        }
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", user=" + username.orElse("-") + ", startTls=" + startTls + "]";
    }
}
