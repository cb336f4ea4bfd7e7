package dev.glyphic.application.port.out.auth;

import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.SessionId;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;

/** Users are global rows: no tenant scope applies. */
public interface UserRepository {

    /** Stores a new user; a taken email (case-insensitively) answers false and stores nothing. */
    boolean insert(User user, Optional<PasswordHash> password);

    Optional<User> find(UserId id);

    Optional<User> findByEmail(Email email);

    Optional<PasswordHash> passwordOf(UserId id);

    /** The user, if the session family behind an access token is still live (not logged out, not revoked). */
    Optional<User> findWithLiveSession(UserId id, SessionId session);

    void changePassword(UserId id, PasswordHash hash);

    /**
     * Marks the address verified, if it is still the user's address: proof of an old address says nothing about a
     * new one. Answers whether it did.
     */
    boolean markEmailVerified(UserId id, Email email, Instant at);

    void touchLastLogin(UserId id, Instant at);

    Optional<UserId> findByExternalSubject(String issuer, String subject);

    void linkExternalSubject(UserId id, String issuer, String subject, Instant at);
}
