package dev.glyphic.application.auth;

import dev.glyphic.application.mail.Letters;
import dev.glyphic.application.mail.Postman;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.auth.VerifyEmail;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.mail.MailMessage;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.EmailLink;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

public final class VerifyEmailService implements VerifyEmail {
    private final Transactions transactions;
    private final UserRepository users;
    private final EmailLinks links;
    private final Letters letters;
    private final Postman postman;
    private final Clock clock;

    public VerifyEmailService(Transactions transactions, UserRepository users, EmailLinks links, Letters letters,
                              Postman postman, Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.links = links;
        this.letters = letters;
        this.postman = postman;
        this.clock = clock;
    }

    @Override
    public User verify(String token) {
        return transactions.global(() -> {
            EmailLink link = links.redeem(token, EmailLink.Purpose.VERIFY_EMAIL);
            Instant now = clock.instant();
            if (!users.markEmailVerified(link.userId(), link.sentTo(), now)) {
                // The account's address changed (or the account is gone) since the link was sent.
                throw new DomainException.Conflict("link_stale",
                        "this link was sent to an address the account no longer has");
            }
            links.useUp(link);
            return users.find(link.userId()).orElseThrow(() -> new DomainException.NotFound("user"));
        });
    }

    @Override
    public void resend(Caller caller) {
        if (!(caller instanceof Caller.Person person)) {
            throw new DomainException.Forbidden("an API key has no email address");
        }
        MailMessage mail = transactions.global(() -> {
            User user = users.find(person.userId()).orElseThrow(() -> new DomainException.NotFound("user"));
            if (user.emailVerified()) {
                throw new DomainException.Conflict("email_already_verified", "your email address is already verified");
            }
            Instant now = clock.instant();
            Optional<Instant> last = links.lastIssuedAt(user, EmailLink.Purpose.VERIFY_EMAIL);
            if (last.isPresent() && last.get().plus(RESEND_PACE).isAfter(now)) {
                throw new DomainException.RateLimited("a verification mail was sent less than a minute ago",
                        Duration.between(now, last.get().plus(RESEND_PACE)));
            }
            return letters.verifyEmail(user.email(), links.issue(user, EmailLink.Purpose.VERIFY_EMAIL));
        });
        postman.post(mail);
    }
}
