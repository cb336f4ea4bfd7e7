package dev.glyphic.integrations.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.mail.Mailer;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Mailer contract against an outbox in a temporary directory, and what only the outbox has. */
class OutboxDirectoryMailerTest extends MailerContract {
    @TempDir
    Path temp;

    /** Two levels below the temporary directory: the mailer creates what is missing. */
    private Path outbox() {
        return temp.resolve("data").resolve("mail");
    }

    @Override
    protected Mailer adapter() {
        return new OutboxDirectoryMailer(outbox(), SENDER, Clock.systemUTC());
    }

    /** Its outbox would be inside a file, which no directory can be. */
    @Override
    protected Mailer unavailableAdapter() {
        try {
            Path blocker = Files.writeString(temp.resolve("not-a-directory"), "x");
            return new OutboxDirectoryMailer(blocker.resolve("mail"), SENDER, Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected List<MimeMessage> delivered() throws Exception {
        List<MimeMessage> messages = new ArrayList<>();
        for (Path file : files()) {
            try (InputStream in = Files.newInputStream(file)) {
                messages.add(new MimeMessage(Session.getInstance(new Properties()), in));
            }
        }
        return messages;
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(outbox())) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(outbox())) {
            return listing.sorted().toList();
        }
    }

    @Test
    void eachMessageIsAnEmlFileOnlyItsOwnerCanRead() throws Exception {
        Mailer mailer = adapter();
        mailer.send(message("ada@example.com"));
        mailer.send(message("grace@example.com"));

        List<Path> files = files();
        assertEquals(2, files.size(), files::toString);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox())));
        for (Path file : files) {
            assertTrue(file.getFileName().toString().endsWith(".eml"), file::toString);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }
}
