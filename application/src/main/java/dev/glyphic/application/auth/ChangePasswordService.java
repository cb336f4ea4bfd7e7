package dev.glyphic.application.auth;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.auth.ChangePassword;
import dev.glyphic.application.port.in.auth.SessionTokens;
import dev.glyphic.application.port.out.auth.PasswordHash;
import dev.glyphic.application.port.out.auth.PasswordHasher;
import dev.glyphic.application.port.out.auth.RefreshTokenRepository;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class ChangePasswordService implements ChangePassword {
    private final Transactions transactions;
    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final AttemptThrottle throttle;
    private final PasswordLimits limits;
    private final PasswordHasher hasher;
    private final SessionIssuer sessions;
    private final Clock clock;

    public ChangePasswordService(Transactions transactions, UserRepository users,
                                 RefreshTokenRepository refreshTokens, AttemptThrottle throttle, PasswordLimits limits,
                                 PasswordHasher hasher, SessionIssuer sessions, Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.limits = limits;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public SessionTokens change(Caller caller, Command command) {
        if (!(caller instanceof Caller.Person person)) {
            throw new DomainException.Forbidden("an API key has no password");
        }
        UserId userId = person.userId();
        Optional<PasswordHash> current = transactions.global(() -> users.passwordOf(userId));
        if (current.isEmpty()) {
            throw new DomainException.Conflict("no_password",
                    "this account signs in through an external identity provider and has no password here");
        }
        // Charged before the hash, like a sign-in: a stolen access token must not become a password oracle.
        AttemptThrottle.Reservation reservation = throttle.reserve("wrong current passwords for this account or client",
                limits.passwordCheck(userId, caller.origin()));
        PasswordHash replacement;
        try {
            if (!hasher.matches(command.currentPassword(), current.get())) {
                throw new DomainException.Invalid(Violation.of("currentPassword", "incorrect",
                        "the current password is not correct"));
            }
            replacement = hasher.hash(command.newPassword());
        } catch (DomainException.Overloaded busy) {
            reservation.cancel();
            throw busy;
        }
        return transactions.global(() -> {
            reservation.succeeded();
            // Revoking every session also kills every access token: each names its session, checked per request.
            Instant now = clock.instant();
            users.changePassword(userId, replacement);
            refreshTokens.revokeAllOf(userId, now);
            User user = users.find(userId).orElseThrow(() -> new DomainException.NotFound("user"));
            return sessions.start(user);
        });
    }
}
