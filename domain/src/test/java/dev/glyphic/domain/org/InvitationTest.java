package dev.glyphic.domain.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvitationTest {
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final OrgId ORG = OrgId.random();
    private static final UserId INVITER = UserId.random();
    private static final Email EMAIL = Email.of("ada@example.com");

    private final Invitation invitation = Invitation.issue(ORG, EMAIL, Role.MEMBER, INVITER, NOW);

    @Test
    void issuingSetsTheExpiryToSevenDaysLater() {
        assertEquals(Duration.ofDays(7), Invitation.VALIDITY);
        assertEquals(Instant.parse("2025-03-08T12:00:00Z"), invitation.expiresAt());
        assertEquals(NOW, invitation.createdAt());
    }

    @Test
    void issuingKeepsWhatWasOfferedAndIsNotYetAccepted() {
        assertEquals(ORG, invitation.orgId());
        assertEquals(EMAIL, invitation.email());
        assertEquals(Role.MEMBER, invitation.role());
        assertEquals(INVITER, invitation.invitedBy());
        assertEquals(Optional.empty(), invitation.acceptedAt());
        assertEquals(7, invitation.id().value().version());
    }

    @Test
    void isPendingUntilJustBeforeItsExpiry() {
        assertEquals(Invitation.Status.PENDING, invitation.status(NOW));
        assertEquals(Invitation.Status.PENDING, invitation.status(invitation.expiresAt().minusNanos(1)));
    }

    @Test
    void hasExpiredAtAndAfterItsExpiry() {
        assertEquals(Invitation.Status.EXPIRED, invitation.status(invitation.expiresAt()));
        assertEquals(Invitation.Status.EXPIRED, invitation.status(invitation.expiresAt().plusSeconds(1)));
    }

    @Test
    void isAcceptedOnceAcceptedEvenAfterItsExpiry() {
        Instant acceptedAt = NOW.plus(Duration.ofDays(1));
        Invitation accepted = invitation.accept(acceptedAt);
        assertEquals(Invitation.Status.ACCEPTED, accepted.status(acceptedAt));
        assertEquals(Invitation.Status.ACCEPTED, accepted.status(invitation.expiresAt().plus(Duration.ofDays(30))));
        assertEquals(Optional.of(acceptedAt), accepted.acceptedAt());
    }

    @Test
    void aRevokedInvitationIsRevokedEvenBeforeItsExpiry() {
        Invitation revoked = invitation.revoke(NOW.plusSeconds(60));
        assertEquals(Invitation.Status.REVOKED, revoked.status(NOW.plusSeconds(61)));
        assertEquals(Optional.of(NOW.plusSeconds(60)), revoked.revokedAt());
        assertEquals(Invitation.Status.PENDING, invitation.status(NOW.plusSeconds(61)), "the original is unchanged");
    }

    @Test
    void acceptingChangesNothingButTheAcceptanceTime() {
        Invitation accepted = invitation.accept(NOW.plusSeconds(60));
        assertEquals(invitation.id(), accepted.id());
        assertEquals(invitation.role(), accepted.role());
        assertEquals(invitation.expiresAt(), accepted.expiresAt());
        assertEquals(invitation.createdAt(), accepted.createdAt());
        assertTrue(invitation.acceptedAt().isEmpty(), "the original is left untouched");
    }
}
