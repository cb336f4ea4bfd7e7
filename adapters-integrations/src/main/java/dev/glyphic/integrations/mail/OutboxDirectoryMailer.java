package dev.glyphic.integrations.mail;

import dev.glyphic.application.port.out.mail.MailFailure;
import dev.glyphic.application.port.out.mail.MailMessage;
import dev.glyphic.application.port.out.mail.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development mail: with no SMTP server configured, each message is written as an {@code .eml} file (open it with
 * any mail client) into a directory only the server's user can read, and its link is logged, so that signing up,
 * verifying and resetting work on a fresh machine. The log line carries the link's secret: this is why the outbox
 * is for development only, and the server says so when it starts with it.
 */
public final class OutboxDirectoryMailer implements Mailer {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDirectoryMailer.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path directory;
    private final Session session = Session.getInstance(new Properties());
    private final InternetAddress from;
    private final Clock clock;

    public OutboxDirectoryMailer(Path directory, String from, Clock clock) {
        this.directory = directory;
        this.clock = clock;
        try {
            this.from = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("not a sender address: " + from, e);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void send(MailMessage message) {
        Instant now = clock.instant();
        Path file = directory.resolve(STAMP.format(now) + "-" + message.kind() + "-" + UUID.randomUUID() + ".eml");
        try {
            createPrivateDirectories(directory);
            var mime = MimeMessages.of(session, from, message, now);
            try (OutputStream out = Files.newOutputStream(createPrivateFile(file), StandardOpenOption.WRITE)) {
                mime.writeTo(out);
            }
        } catch (IOException | MessagingException e) {
            throw new MailFailure("cannot write " + file + ": " + e.getMessage(), e);
        }
        LOG.info("development mail ({}) to {} written to {}; its link: {}", message.kind(), message.to().value(),
                file.toAbsolutePath(), message.link());
    }

    private static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            createPrivateDirectories(parent);
        }
        try {
            Files.createDirectory(dir, ownerOnly(OWNER_DIRECTORY));
        } catch (FileAlreadyExistsException raced) {
            // Another message made it first.
        }
    }

    private static Path createPrivateFile(Path file) throws IOException {
        return Files.createFile(file, ownerOnly(OWNER_FILE));
    }

    /** Created with these permissions from the first byte, not restricted afterwards; none where not POSIX. */
    private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }
}
