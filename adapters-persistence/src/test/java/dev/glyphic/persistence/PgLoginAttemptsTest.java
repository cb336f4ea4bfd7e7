package dev.glyphic.persistence;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.LoginAttempts;
import dev.glyphic.application.port.out.Transactions;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.persistence.testing.TestData;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PgLoginAttemptsTest {
    private final Transactions tx = bean(Transactions.class);
    private final LoginAttempts attempts = bean(LoginAttempts.class);
    private final Instant now = TestData.now();
    private final Email email = TestData.email();
    private final Email other = TestData.email();

    @Test
    void failuresAreCountedPerAddressWithinTheWindowOnly() {
        fail(email, now.minusSeconds(600));
        fail(email, now.minusSeconds(300));
        fail(email, now.minusSeconds(60));
        fail(other, now.minusSeconds(60));

        assertEquals(2, tx.global(() -> attempts.failuresSince(email, now.minusSeconds(400))));
        assertEquals(2, tx.global(() -> attempts.failuresSince(email, now.minusSeconds(300))), "the start counts");
        assertEquals(3, tx.global(() -> attempts.failuresSince(email, now.minusSeconds(3600))));
        assertEquals(1, tx.global(() -> attempts.failuresSince(other, now.minusSeconds(3600))));
        assertEquals(0, tx.global(() -> attempts.failuresSince(TestData.email(), now.minusSeconds(3600))));
    }

    @Test
    void theOldestFailureInTheWindowTellsWhenASlotFrees() {
        fail(email, now.minusSeconds(600));
        fail(email, now.minusSeconds(300));
        fail(email, now.minusSeconds(60));
        fail(other, now.minusSeconds(500));

        assertEquals(Optional.of(now.minusSeconds(300)),
                tx.global(() -> attempts.oldestFailureSince(email, now.minusSeconds(400))));
        assertTrue(tx.global(() -> attempts.oldestFailureSince(email, now)).isEmpty(), "no failure in the window");
    }

    @Test
    void clearingForgetsThatAddressOnly() {
        fail(email, now.minusSeconds(10));
        fail(other, now.minusSeconds(10));

        tx.global(() -> {
            attempts.clear(email);
            return null;
        });

        assertEquals(0, tx.global(() -> attempts.failuresSince(email, now.minusSeconds(60))));
        assertEquals(1, tx.global(() -> attempts.failuresSince(other, now.minusSeconds(60))));
    }

    private void fail(Email who, Instant at) {
        tx.global(() -> {
            attempts.recordFailure(who, at);
            return null;
        });
    }
}
