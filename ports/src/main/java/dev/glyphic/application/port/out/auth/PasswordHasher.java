package dev.glyphic.application.port.out.auth;

import dev.glyphic.domain.identity.NewPassword;

/** Slow, salted password hashing. */
public interface PasswordHasher {

    PasswordHash hash(NewPassword password);

    /** Constant-time comparison of a candidate against a stored hash. */
    boolean matches(String candidate, PasswordHash hash);

    /**
     * Spends the time a real check would, for an unknown email: a sign-in that answers faster for unknown
     * addresses tells an attacker which ones exist.
     */
    void burnEquivalentTime(String candidate);
}
