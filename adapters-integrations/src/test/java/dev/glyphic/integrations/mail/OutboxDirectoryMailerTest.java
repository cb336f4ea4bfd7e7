package dev.glyphic.integrations.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.mail.MailFailure;
import dev.glyphic.application.port.out.mail.MailMessage;
import dev.glyphic.domain.identity.Email;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxDirectoryMailerTest {
    @TempDir
    Path temp;

    private static MailMessage message(String to) {
        return new MailMessage("reset_password", Email.of(to), "Reset your Glyphic password",
                "Open http://localhost:8080/reset-password#token=gpr_xyz",
                "http://localhost:8080/reset-password#token=gpr_xyz");
    }

    @Test
    void eachMessageIsAnEmlFileOnlyItsOwnerCanRead() throws Exception {
        Path outbox = temp.resolve("data").resolve("mail");
        OutboxDirectoryMailer mailer = new OutboxDirectoryMailer(outbox, "Glyphic <no-reply@localhost>",
                Clock.systemUTC());

        mailer.send(message("ada@example.com"));
        mailer.send(message("grace@example.com"));

        List<Path> files;
        try (Stream<Path> listing = Files.list(outbox)) {
            files = listing.sorted().toList();
        }
        assertEquals(2, files.size(), files::toString);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox)));
        for (Path file : files) {
            assertTrue(file.getFileName().toString().endsWith(".eml"), file::toString);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            try (InputStream in = Files.newInputStream(file)) {
                MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
                assertEquals("Reset your Glyphic password", mail.getSubject());
                assertTrue(((String) mail.getContent()).contains("#token=gpr_xyz"));
            }
        }
    }

    @Test
    void anOutboxThatCannotBeWrittenIsAMailFailure() throws Exception {
        Path blocker = Files.writeString(temp.resolve("not-a-directory"), "x");
        OutboxDirectoryMailer mailer = new OutboxDirectoryMailer(blocker.resolve("mail"), "no-reply@localhost",
                Clock.systemUTC());
        assertThrows(MailFailure.class, () -> mailer.send(message("ada@example.com")));
    }
}
