package dev.glyphic.application.auth;

import dev.glyphic.application.mail.Letters;
import dev.glyphic.application.mail.Postman;
import dev.glyphic.application.port.in.auth.SessionTokens;
import dev.glyphic.application.port.in.auth.SignUp;
import dev.glyphic.application.port.out.auth.PasswordHash;
import dev.glyphic.application.port.out.auth.PasswordHasher;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.EmailLink;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.util.Optional;

/** Registers a person and signs them in at once; their address stays unverified until they use the mailed link. */
public final class SignUpService implements SignUp {
    private final Transactions transactions;
    private final UserRepository users;
    private final AttemptThrottle throttle;
    private final PasswordLimits limits;
    private final PasswordHasher hasher;
    private final SessionIssuer sessions;
    private final EmailLinks links;
    private final Letters letters;
    private final Postman postman;
    private final Clock clock;

    public SignUpService(Transactions transactions, UserRepository users, AttemptThrottle throttle,
                         PasswordLimits limits, PasswordHasher hasher, SessionIssuer sessions, EmailLinks links,
                         Letters letters, Postman postman, Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.throttle = throttle;
        this.limits = limits;
        this.hasher = hasher;
        this.sessions = sessions;
        this.links = links;
        this.letters = letters;
        this.postman = postman;
        this.clock = clock;
    }

    private record Registered(SessionTokens tokens, String verificationToken) {
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
        Registered registered = transactions.global(() -> {
            User user = User.register(command.email(), command.name(), clock.instant());
            if (!users.insert(user, Optional.of(hash))) {
                throw new DomainException.Conflict("email_taken", "an account with this email already exists");
            }
            return new Registered(sessions.start(user), links.issue(user, EmailLink.Purpose.VERIFY_EMAIL));
        });
        postman.post(letters.verifyEmail(command.email(), registered.verificationToken()));
        return registered.tokens();
    }
}
