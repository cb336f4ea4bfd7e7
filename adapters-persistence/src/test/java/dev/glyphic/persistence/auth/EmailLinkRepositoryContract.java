package dev.glyphic.persistence.auth;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.auth.EmailLinkRepository;
import dev.glyphic.application.port.out.auth.TokenDigest;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.EmailLink;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.shared.Uuids;
import dev.glyphic.persistence.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link EmailLinkRepository} must do; {@code PgEmailLinkRepositoryTest} runs it against PostgreSQL. */
abstract class EmailLinkRepositoryContract {
    private final TestData data = new TestData();
    private final Transactions tx = bean(Transactions.class);
    private final EmailLinkRepository links = adapter();
    private final UserRepository users = bean(UserRepository.class);

    private EmailLink issue(User user, EmailLink.Purpose purpose, Instant at, TokenDigest digest) {
        EmailLink link = EmailLink.issue(Uuids.v7(), user, purpose, at);
        tx.global(() -> {
            links.insert(link, digest);
            return null;
        });
        return link;
    }

    /** The adapter under test, as the application wires it. */
    protected abstract EmailLinkRepository adapter();

    @Test
    void aLinkIsFoundByItsDigestAndPurposeOnly() {
        User user = data.user();
        TokenDigest digest = TestData.digest();
        EmailLink link = issue(user, EmailLink.Purpose.RESET_PASSWORD, TestData.now(), digest);

        assertEquals(link, tx.global(() -> links.findForUpdate(EmailLink.Purpose.RESET_PASSWORD, digest))
                .orElseThrow());
        assertTrue(tx.global(() -> links.findForUpdate(EmailLink.Purpose.VERIFY_EMAIL, digest)).isEmpty(),
                "a reset link does not verify an address");
        assertTrue(tx.global(() -> links.findForUpdate(EmailLink.Purpose.RESET_PASSWORD, TestData.digest()))
                .isEmpty());
        assertEquals(Duration.ofMinutes(30), Duration.between(link.createdAt(), link.expiresAt()));
    }

    @Test
    void usingUpALinkVoidsItsUnusedSiblingsOfThatPurposeOnly() {
        User user = data.user();
        Instant now = TestData.now();
        TokenDigest first = TestData.digest();
        TokenDigest second = TestData.digest();
        TokenDigest other = TestData.digest();
        issue(user, EmailLink.Purpose.VERIFY_EMAIL, now.minusSeconds(120), first);
        issue(user, EmailLink.Purpose.VERIFY_EMAIL, now.minusSeconds(60), second);
        issue(user, EmailLink.Purpose.RESET_PASSWORD, now, other);

        assertEquals(Optional.of(now.minusSeconds(60)),
                tx.global(() -> links.lastIssuedAt(user.id(), EmailLink.Purpose.VERIFY_EMAIL)));
        tx.global(() -> {
            links.useAll(user.id(), EmailLink.Purpose.VERIFY_EMAIL, now);
            return null;
        });

        assertEquals(EmailLink.Status.USED, tx.global(() -> links.findForUpdate(EmailLink.Purpose.VERIFY_EMAIL,
                first)).orElseThrow().status(now));
        assertEquals(EmailLink.Status.USED, tx.global(() -> links.findForUpdate(EmailLink.Purpose.VERIFY_EMAIL,
                second)).orElseThrow().status(now));
        assertEquals(EmailLink.Status.USABLE, tx.global(() -> links.findForUpdate(EmailLink.Purpose.RESET_PASSWORD,
                other)).orElseThrow().status(now));
    }

    @Test
    void thePurgeDeletesLinksThatExpiredBeforeTheCutoffOnlyInBatches() {
        User user = data.user();
        Instant now = TestData.now();
        Instant cutoff = now.minus(Duration.ofDays(7));
        TokenDigest[] old = {TestData.digest(), TestData.digest(), TestData.digest()};
        for (TokenDigest digest : old) {
            issue(user, EmailLink.Purpose.RESET_PASSWORD, cutoff.minus(Duration.ofDays(1)), digest);
        }
        TokenDigest lately = TestData.digest();
        issue(user, EmailLink.Purpose.RESET_PASSWORD, now.minus(Duration.ofDays(1)), lately);
        TokenDigest live = TestData.digest();
        issue(user, EmailLink.Purpose.VERIFY_EMAIL, now, live);

        int first = tx.global(() -> links.purgeExpiredBefore(cutoff, 2));
        int rest = tx.global(() -> links.purgeExpiredBefore(cutoff, 2));

        assertTrue(first == 2 && rest >= 1, first + " then " + rest);
        for (TokenDigest digest : old) {
            assertTrue(tx.global(() -> links.findForUpdate(EmailLink.Purpose.RESET_PASSWORD, digest)).isEmpty());
        }
        assertTrue(tx.global(() -> links.findForUpdate(EmailLink.Purpose.RESET_PASSWORD, lately)).isPresent(),
                "expired after the cutoff: kept, so using it still says expired");
        assertTrue(tx.global(() -> links.findForUpdate(EmailLink.Purpose.VERIFY_EMAIL, live)).isPresent());
    }

    @Test
    void anAddressIsVerifiedOnlyWhileItIsStillTheUsersAddress() {
        User user = data.user();
        assertFalse(user.emailVerified());
        Instant at = TestData.now();

        assertFalse(tx.global(() -> users.markEmailVerified(user.id(), Email.of("someone-else@example.com"), at)));
        assertFalse(tx.global(() -> users.find(user.id())).orElseThrow().emailVerified());

        assertTrue(tx.global(() -> users.markEmailVerified(user.id(), user.email(), at)));
        assertEquals(Optional.of(at), tx.global(() -> users.find(user.id())).orElseThrow().emailVerifiedAt());
        assertTrue(tx.global(() -> users.markEmailVerified(user.id(), user.email(), at.plusSeconds(5))));
        assertEquals(Optional.of(at), tx.global(() -> users.find(user.id())).orElseThrow().emailVerifiedAt(),
                "verifying again keeps the first proof's time");
    }
}
