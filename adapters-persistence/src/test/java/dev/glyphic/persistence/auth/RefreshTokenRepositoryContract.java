package dev.glyphic.persistence.auth;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.auth.RefreshTokenRepository.StoredRefreshToken;
import dev.glyphic.application.port.out.auth.RefreshTokenRepository;
import dev.glyphic.application.port.out.auth.TokenDigest;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.SessionId;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.persistence.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RefreshTokenRepository} must do; {@code PgRefreshTokenRepositoryTest} runs it against PostgreSQL.
 */
abstract class RefreshTokenRepositoryContract {
    private final TestData data = new TestData();
    private final Transactions tx = bean(Transactions.class);
    private final RefreshTokenRepository tokens = adapter();
    private final Instant now = TestData.now();

    /** The adapter under test, as the application wires it. */
    protected abstract RefreshTokenRepository adapter();

    @Test
    void aTokenIsFoundByItsDigestAlone() {
        UserId user = data.user().id();
        SessionId session = SessionId.random();
        TokenDigest digest = TestData.digest();
        UUID id = issue(user, session, digest);

        StoredRefreshToken found = find(digest).orElseThrow();

        assertEquals(new StoredRefreshToken(id, session, user, now.plus(Duration.ofDays(30)), Optional.empty(),
                Optional.empty()), found);
        assertTrue(find(TestData.digest()).isEmpty());
    }

    @Test
    void aUsedTokenRemembersWhenButStaysUnrevoked() {
        TokenDigest digest = TestData.digest();
        UUID id = issue(data.user().id(), SessionId.random(), digest);
        Instant usedAt = now.plusSeconds(42);

        tx.global(() -> {
            tokens.markUsed(id, usedAt);
            return null;
        });

        StoredRefreshToken used = find(digest).orElseThrow();
        assertEquals(Optional.of(usedAt), used.usedAt());
        assertTrue(used.revokedAt().isEmpty());
    }

    @Test
    void revokingAllOfAUserEndsEverySessionOfTheirsAndNoOneElses() {
        UserId user = data.user().id();
        UserId other = data.user().id();
        TokenDigest first = TestData.digest();
        TokenDigest second = TestData.digest();
        TokenDigest earlierRevoked = TestData.digest();
        TokenDigest othersToken = TestData.digest();
        issue(user, SessionId.random(), first);
        issue(user, SessionId.random(), second);
        SessionId loggedOut = SessionId.random();
        issue(user, loggedOut, earlierRevoked);
        issue(other, SessionId.random(), othersToken);
        Instant logout = now.plusSeconds(1);
        Instant revocation = now.plusSeconds(60);
        tx.global(() -> {
            tokens.revokeSession(loggedOut, logout);
            tokens.revokeAllOf(user, revocation);
            return null;
        });

        assertEquals(Optional.of(revocation), find(first).orElseThrow().revokedAt());
        assertEquals(Optional.of(revocation), find(second).orElseThrow().revokedAt());
        assertEquals(Optional.of(logout), find(earlierRevoked).orElseThrow().revokedAt(),
                "a token revoked before keeps its first revocation time");
        assertTrue(find(othersToken).orElseThrow().revokedAt().isEmpty());
    }

    private UUID issue(UserId user, SessionId session, TokenDigest digest) {
        UUID id = UUID.randomUUID();
        tx.global(() -> {
            tokens.insert(id, session, user, digest, now, now.plus(Duration.ofDays(30)));
            return null;
        });
        return id;
    }

    private Optional<StoredRefreshToken> find(TokenDigest digest) {
        return tx.global(() -> tokens.findForUpdate(digest));
    }
}
