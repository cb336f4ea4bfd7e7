package dev.glyphic.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmailLinkTest {
    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private final User ada = User.register(Email.of("ada@example.com"), DisplayName.of("Ada"), NOW);

    @Test
    void aResetLinkLastsHalfAnHourAndAVerificationLinkADay() {
        EmailLink reset = EmailLink.issue(UUID.randomUUID(), ada, EmailLink.Purpose.RESET_PASSWORD, NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(30)), reset.expiresAt());
        assertEquals(EmailLink.Status.USABLE, reset.status(reset.expiresAt().minusNanos(1)));
        assertEquals(EmailLink.Status.EXPIRED, reset.status(reset.expiresAt()));

        EmailLink verify = EmailLink.issue(UUID.randomUUID(), ada, EmailLink.Purpose.VERIFY_EMAIL, NOW);
        assertEquals(NOW.plus(Duration.ofHours(24)), verify.expiresAt());
        assertEquals(ada.email(), verify.sentTo());
    }

    @Test
    void aUsedLinkStaysUsed() {
        EmailLink link = EmailLink.issue(UUID.randomUUID(), ada, EmailLink.Purpose.VERIFY_EMAIL, NOW);
        EmailLink used = new EmailLink(link.id(), link.userId(), link.purpose(), link.sentTo(), link.createdAt(),
                link.expiresAt(), Optional.of(NOW.plusSeconds(5)));
        assertEquals(EmailLink.Status.USED, used.status(NOW.plusSeconds(6)));
        assertEquals(EmailLink.Status.USED, used.status(link.expiresAt().plusSeconds(1)));
    }

    @Test
    void purposesHaveDistinctPrefixesAndWireNames() {
        assertEquals(EmailLink.Purpose.RESET_PASSWORD, EmailLink.Purpose.parse("reset_password"));
        assertEquals(EmailLink.Purpose.VERIFY_EMAIL, EmailLink.Purpose.parse("verify_email"));
        assertFalse(EmailLink.Purpose.RESET_PASSWORD.tokenPrefix()
                .equals(EmailLink.Purpose.VERIFY_EMAIL.tokenPrefix()));
        assertThrows(IllegalArgumentException.class, () -> EmailLink.Purpose.parse("other"));
    }

    @Test
    void aUserIsUnverifiedUntilProvedAndVerifiedWhenAProviderVouched() {
        assertFalse(ada.emailVerified());
        assertTrue(User.registerVerified(Email.of("grace@example.com"), DisplayName.of("Grace"), NOW).emailVerified());
    }
}
