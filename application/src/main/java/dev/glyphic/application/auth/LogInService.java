package dev.glyphic.application.auth;

import dev.glyphic.application.org.SignInAudit;
import dev.glyphic.application.port.in.LogIn;
import dev.glyphic.application.port.out.LoginAttempts;
import dev.glyphic.application.port.out.PasswordHash;
import dev.glyphic.application.port.out.PasswordHasher;
import dev.glyphic.application.port.out.Transactions;
import dev.glyphic.application.port.out.UserRepository;
import dev.glyphic.domain.identity.LoginThrottle;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

public final class LogInService implements LogIn {
    private final Transactions transactions;
    private final UserRepository users;
    private final LoginAttempts attempts;
    private final PasswordHasher hasher;
    private final SessionIssuer sessions;
    private final SignInAudit audit;
    private final Clock clock;

    public LogInService(Transactions transactions, UserRepository users, LoginAttempts attempts,
                        PasswordHasher hasher, SessionIssuer sessions, SignInAudit audit, Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.attempts = attempts;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Failures must be recorded even though the sign-in fails, so the transaction returns rather than throws. */
    private sealed interface Outcome {
        record SignedIn(SessionTokens tokens) implements Outcome {
        }

        record WrongCredentials(Optional<User> user) implements Outcome {
        }

        record Throttled(Duration retryAfter) implements Outcome {
        }
    }

    private record Candidate(Optional<User> user, Optional<PasswordHash> hash) {
    }

    @Override
    public SessionTokens logIn(Command command) {
        Outcome outcome = attempt(command);
        return switch (outcome) {
            case Outcome.SignedIn signedIn -> {
                audit.record(signedIn.tokens().user().id(), "auth.signed_in", command.origin());
                yield signedIn.tokens();
            }
            case Outcome.WrongCredentials wrong -> {
                wrong.user().ifPresent(u -> audit.record(u.id(), "auth.sign_in_failed", command.origin()));
                throw new DomainException.Unauthenticated("email or password is wrong");
            }
            case Outcome.Throttled throttled -> throw new DomainException.RateLimited(
                    "too many failed sign-ins for this address; try again later", throttled.retryAfter());
        };
    }

    /**
     * Three steps so that the slow hash comparison holds no database connection: look up, compare, then record the
     * result. Two guesses racing past the throttle at once is the accepted cost.
     */
    private Outcome attempt(Command command) {
        Instant now = clock.instant();
        Instant windowStart = LoginThrottle.windowStart(now);
        Optional<Duration> wait = transactions.global(() -> {
            long failures = attempts.failuresSince(command.email(), windowStart);
            return attempts.oldestFailureSince(command.email(), windowStart)
                    .flatMap(oldest -> LoginThrottle.waitBeforeNextAttempt(failures, oldest, now));
        });
        if (wait.isPresent()) {
            return new Outcome.Throttled(wait.get());
        }
        Candidate candidate = transactions.global(() -> {
            Optional<User> user = users.findByEmail(command.email());
            return new Candidate(user, user.flatMap(u -> users.passwordOf(u.id())));
        });
        boolean matches = candidate.hash().map(hash -> hasher.matches(command.password(), hash)).orElseGet(() -> {
            hasher.burnEquivalentTime(command.password());
            return false;
        });
        return transactions.global(() -> {
            if (!matches) {
                attempts.recordFailure(command.email(), now);
                return new Outcome.WrongCredentials(candidate.user());
            }
            User user = candidate.user().orElseThrow();
            attempts.clear(command.email());
            users.touchLastLogin(user.id(), now);
            return new Outcome.SignedIn(sessions.start(user));
        });
    }
}
