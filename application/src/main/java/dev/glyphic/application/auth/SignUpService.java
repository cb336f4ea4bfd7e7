package dev.glyphic.application.auth;

import dev.glyphic.application.port.in.SignUp;
import dev.glyphic.application.port.out.PasswordHash;
import dev.glyphic.application.port.out.PasswordHasher;
import dev.glyphic.application.port.out.Transactions;
import dev.glyphic.application.port.out.UserRepository;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.util.Optional;

public final class SignUpService implements SignUp {
    private final Transactions transactions;
    private final UserRepository users;
    private final AttemptThrottle throttle;
    private final PasswordLimits limits;
    private final PasswordHasher hasher;
    private final SessionIssuer sessions;
    private final Clock clock;

    public SignUpService(Transactions transactions, UserRepository users, AttemptThrottle throttle,
                         PasswordLimits limits, PasswordHasher hasher, SessionIssuer sessions, Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.throttle = throttle;
        this.limits = limits;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public SessionTokens signUp(Command command) {
        // Charged before the hash: every sign-up costs one, whether or not the address turns out to be taken.
        AttemptThrottle.Reservation reservation = throttle.reserve("sign-ups from this client",
                limits.signUp(command.origin()));
        // Hash outside the transaction: it is the slow part and holds no lock.
        PasswordHash hash;
        try {
            hash = hasher.hash(command.password());
        } catch (DomainException.Overloaded busy) {
            reservation.cancel();
            throw busy;
        }
        return transactions.global(() -> {
            User user = User.register(command.email(), command.name(), clock.instant());
            if (!users.insert(user, Optional.of(hash))) {
                throw new DomainException.Conflict("email_taken", "an account with this email already exists");
            }
            return sessions.start(user);
        });
    }
}
