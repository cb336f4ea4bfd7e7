package dev.glyphic.persistence.auth;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static dev.glyphic.persistence.testing.TestData.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.auth.PasswordHash;
import dev.glyphic.application.port.out.auth.RefreshTokenRepository;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.SessionId;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.persistence.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} must do; {@code PgUserRepositoryTest} runs it against PostgreSQL. */
abstract class UserRepositoryContract {
    private final TestData data = new TestData();
    private final Transactions tx = bean(Transactions.class);
    private final UserRepository users = adapter();
    private final RefreshTokenRepository tokens = bean(RefreshTokenRepository.class);

    /** The adapter under test, as the application wires it. */
    protected abstract UserRepository adapter();

    @Test
    void aStoredUserIsFoundByIdAndByEmail() {
        User user = User.register(TestData.email(), DisplayName.of("Ada"), TestData.now());
        assertTrue(tx.global(() -> users.insert(user, Optional.empty())));

        assertEquals(user, tx.global(() -> users.find(user.id())).orElseThrow());
        assertEquals(user, tx.global(() -> users.findByEmail(user.email())).orElseThrow());
        assertTrue(tx.global(() -> users.find(UserId.random())).isEmpty());
    }

    @Test
    void twoAddressesDifferingOnlyInCaseAreOneAccount() {
        String local = "case-" + TestData.unique();
        User first = User.register(Email.of(local.toUpperCase() + "@X.io"), DisplayName.of("First"), TestData.now());
        User second = User.register(Email.of(local + "@x.io"), DisplayName.of("Second"), TestData.now());

        assertTrue(tx.global(() -> users.insert(first, Optional.empty())));
        assertFalse(tx.global(() -> users.insert(second, Optional.of(new PasswordHash("$argon2id$x")))));

        assertEquals(first.id(), tx.global(() -> users.findByEmail(second.email())).orElseThrow().id());
        assertTrue(tx.global(() -> users.find(second.id())).isEmpty(), "the loser stored nothing");
        assertEquals(1, count("select count(*) from users where email = ?", local + "@x.io"));
    }

    @Test
    void aUserWithoutPasswordHasNoneUntilOneIsSet() {
        User user = data.user();
        assertTrue(tx.global(() -> users.passwordOf(user.id())).isEmpty());

        PasswordHash hash = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");
        tx.global(() -> {
            users.changePassword(user.id(), hash);
            return null;
        });
        assertEquals(Optional.of(hash), tx.global(() -> users.passwordOf(user.id())));
    }

    @Test
    void aPasswordGivenAtSignUpIsStored() {
        User user = User.register(TestData.email(), DisplayName.of("Ada"), TestData.now());
        PasswordHash hash = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$b3RoZXI");
        tx.global(() -> users.insert(user, Optional.of(hash)));

        assertEquals(Optional.of(hash), tx.global(() -> users.passwordOf(user.id())));
    }

    @Test
    void aUserHasALiveSessionOnlyUntilItsTokensAreRevoked() {
        User user = data.user();
        UserId stranger = data.user().id();
        SessionId session = SessionId.random();
        SessionId other = SessionId.random();
        Instant now = TestData.now();
        tx.global(() -> {
            tokens.insert(UUID.randomUUID(), session, user.id(), TestData.digest(), now, now.plus(Duration.ofDays(1)));
            tokens.insert(UUID.randomUUID(), other, user.id(), TestData.digest(), now, now.plus(Duration.ofDays(1)));
            return null;
        });
        assertEquals(user, tx.global(() -> users.findWithLiveSession(user.id(), session)).orElseThrow());
        assertTrue(tx.global(() -> users.findWithLiveSession(user.id(), SessionId.random())).isEmpty(),
                "a session with no tokens is not live");
        assertTrue(tx.global(() -> users.findWithLiveSession(stranger, session)).isEmpty(),
                "a session is live only for the user it belongs to");

        tx.global(() -> {
            tokens.revokeSession(session, now);
            return null;
        });

        assertTrue(tx.global(() -> users.findWithLiveSession(user.id(), session)).isEmpty());
        assertTrue(tx.global(() -> users.findWithLiveSession(user.id(), other)).isPresent(),
                "revoking one session leaves the others");
    }

    @Test
    void anExternalSubjectLinksToItsUserAndLinkingTwiceIsHarmless() {
        User user = data.user();
        User someoneElse = data.user();
        String issuer = "https://issuer-" + TestData.unique() + ".example.com";

        tx.global(() -> {
            users.linkExternalSubject(user.id(), issuer, "subject-1", TestData.now());
            users.linkExternalSubject(user.id(), issuer, "subject-1", TestData.now());
            users.linkExternalSubject(someoneElse.id(), issuer, "subject-1", TestData.now());
            return null;
        });

        assertEquals(Optional.of(user.id()), tx.global(() -> users.findByExternalSubject(issuer, "subject-1")));
        assertTrue(tx.global(() -> users.findByExternalSubject(issuer, "subject-2")).isEmpty());
        assertTrue(tx.global(() -> users.findByExternalSubject("https://other.example.com", "subject-1")).isEmpty());
        assertEquals(1, count("select count(*) from user_identities where issuer = ?", issuer));
    }

    @Test
    void aSignInIsRecorded() {
        User user = data.user();
        Instant at = TestData.now().plusSeconds(5);
        tx.global(() -> {
            users.touchLastLogin(user.id(), at);
            return null;
        });

        assertEquals(1, count("select count(*) from users where id = ? and last_login_at = ?", user.id().value(),
                at.atOffset(ZoneOffset.UTC)));
    }
}
