package dev.glyphic.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.application.port.out.mail.MailFailure;
import dev.glyphic.application.port.out.mail.MailMessage;
import dev.glyphic.application.port.out.mail.Mailer;
import dev.glyphic.domain.identity.Email;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** A failed delivery is recorded and logged, and never reaches the use case that posted the mail. */
class PostmanTest {
    private final List<String> outcomes = new ArrayList<>();
    private final Postman.DeliveryRecord record = new Postman.DeliveryRecord() {
        @Override
        public void delivered(MailMessage message) {
            outcomes.add("sent " + message.kind());
        }

        @Override
        public void failed(MailMessage message, String reason) {
            outcomes.add("failed " + message.kind() + ": " + reason);
        }
    };

    private static MailMessage message() {
        return new MailMessage("verify_email", Email.of("ada@example.com"), "subject", "body", "https://x/#token=t");
    }

    @Test
    void aMailServerThatRefusesIsRecordedNotThrown() {
        Mailer refusing = m -> {
            throw new MailFailure("554 no", null);
        };
        new Postman(refusing, Runnable::run, record).post(message());
        assertEquals(List.of("failed verify_email: 554 no"), outcomes);
    }

    @Test
    void aFullQueueIsRecordedNotThrown() {
        Executor full = r -> {
            throw new RejectedExecutionException("full");
        };
        new Postman(m -> outcomes.add("should not send"), full, record).post(message());
        assertEquals(List.of("failed verify_email: the mail queue is full"), outcomes);
    }

    @Test
    void aDeliveredMailIsRecorded() {
        List<MailMessage> sent = new ArrayList<>();
        new Postman(sent::add, Runnable::run, record).post(message());
        assertEquals(List.of(message()), sent);
        assertEquals(List.of("sent verify_email"), outcomes);
    }
}
