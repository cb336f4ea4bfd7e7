package dev.glyphic.bootstrap.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.glyphic.persistence.testing.Await;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test server's SMTP server: GreenMail, a real one on a free local port. Mail leaves the server after its
 * transaction commits, on a thread of its own, so a test waits for it (polling, with a deadline).
 */
public final class TestMailbox implements AutoCloseable {
    private static final Pattern TOKEN = Pattern.compile("#token=([A-Za-z0-9_-]+)");

    private final GreenMail smtp;

    private TestMailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    static TestMailbox start() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        return new TestMailbox(smtp);
    }

    public int port() {
        return smtp.getSmtp().getPort();
    }

    /** A mail received for the address. */
    public record Mail(String to, String subject, String body) {
        /** The token of the mail's link, if it is of this kind ({@code gev}, {@code gpr}, {@code gi}). */
        public String token(String prefix) {
            Matcher m = TOKEN.matcher(body);
            while (m.find()) {
                if (m.group(1).startsWith(prefix + "_")) {
                    return m.group(1);
                }
            }
            throw new AssertionError("no " + prefix + " token in " + this);
        }
    }

    /** Every mail received so far for the address, oldest first. */
    public List<Mail> to(String address) {
        String wanted = address.toLowerCase(Locale.ROOT);
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                for (Address recipient : message.getAllRecipients()) {
                    if (recipient.toString().toLowerCase(Locale.ROOT).equals(wanted)) {
                        mails.add(new Mail(wanted, message.getSubject(), String.valueOf(message.getContent())));
                    }
                }
            } catch (MessagingException | IOException e) {
                throw new AssertionError("unreadable mail", e);
            }
        }
        return mails;
    }

    /** Waits for the {@code n}th mail (1 is the first) to the address whose link carries a token of this prefix. */
    public String awaitToken(String address, String prefix, int n) {
        return Await.until("mail number " + n + " with a " + prefix + " link for " + address, () -> {
            List<String> tokens = to(address).stream().filter(m -> m.body().contains("#token=" + prefix + "_"))
                    .map(m -> m.token(prefix)).toList();
            return tokens.size() >= n ? Optional.of(tokens.get(n - 1)) : Optional.empty();
        }, () -> "received: " + to(address));
    }

    /** The first mail with such a link. */
    public String awaitToken(String address, String prefix) {
        return awaitToken(address, prefix, 1);
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
