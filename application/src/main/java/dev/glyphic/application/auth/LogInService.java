package dev.glyphic.application.auth;

import dev.glyphic.application.org.SignInAudit;
import dev.glyphic.application.port.in.auth.LogIn;
import dev.glyphic.application.port.in.auth.SessionTokens;
import dev.glyphic.application.port.out.auth.PasswordHash;
import dev.glyphic.application.port.out.auth.PasswordHasher;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class LogInService implements LogIn {
    private final Transactions transactions;
    private final UserRepository users;
    private final AttemptThrottle throttle;
    private final PasswordLimits limits;
    private final PasswordHasher hasher;
    private final SessionIssuer sessions;
    private final SignInAudit audit;
    private final Clock clock;

    public LogInService(Transactions transactions, UserRepository users, AttemptThrottle throttle,
                        PasswordLimits limits, PasswordHasher hasher, SessionIssuer sessions, SignInAudit audit,
                        Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.throttle = throttle;
        this.limits = limits;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** A wrong password must stay counted, so the last transaction returns it rather than throws (a rollback). */
    private sealed interface Outcome {
        record SignedIn(SessionTokens tokens) implements Outcome {
        }

        record WrongCredentials(Optional<User> user) implements Outcome {
        }
    }

    private record Candidate(Optional<User> user, Optional<PasswordHash> hash) {
    }

    @Override
    public SessionTokens logIn(Command command) {
        Outcome outcome = attempt(command);
        return switch (outcome) {
            case Outcome.SignedIn signedIn -> {
                audit.record(signedIn.tokens().user().id(), AuditAction.AUTH_SIGNED_IN, command.origin());
                yield signedIn.tokens();
            }
            case Outcome.WrongCredentials wrong -> {
                wrong.user().ifPresent(u -> audit.record(u.id(), AuditAction.AUTH_SIGN_IN_FAILED, command.origin()));
                throw new DomainException.Unauthenticated("email or password is wrong");
            }
        };
    }

    /**
     * The attempt is charged (and refused with 429 when the address or the client is over its limit) before the
     * password is hashed, so that guesses sent together are counted together; it stays charged when the password
     * is wrong. The slow hash comparison runs between transactions, holding no database connection.
     */
    private Outcome attempt(Command command) {
        AttemptThrottle.Reservation reservation = throttle.reserve("failed sign-ins for this address or client",
                limits.logIn(command.email(), command.origin()));
        Candidate candidate = transactions.global(() -> {
            Optional<User> user = users.findByEmail(command.email());
            return new Candidate(user, user.flatMap(u -> users.passwordOf(u.id())));
        });
        boolean matches;
        try {
            matches = candidate.hash().map(hash -> hasher.matches(command.password(), hash)).orElseGet(() -> {
                hasher.burnEquivalentTime(command.password());
                return false;
            });
        } catch (DomainException.Overloaded busy) {
            reservation.cancel();
            throw busy;
        }
        if (!matches) {
            return new Outcome.WrongCredentials(candidate.user());
        }
        return transactions.global(() -> {
            Instant now = clock.instant();
            User user = candidate.user().orElseThrow();
            reservation.succeeded();
            users.touchLastLogin(user.id(), now);
            return new Outcome.SignedIn(sessions.start(user));
        });
    }
}
