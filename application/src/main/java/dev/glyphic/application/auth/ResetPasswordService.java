package dev.glyphic.application.auth;

import dev.glyphic.application.mail.Letters;
import dev.glyphic.application.mail.Postman;
import dev.glyphic.application.port.in.auth.ResetPassword;
import dev.glyphic.application.port.out.auth.PasswordHash;
import dev.glyphic.application.port.out.auth.PasswordHasher;
import dev.glyphic.application.port.out.auth.RefreshTokenRepository;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.mail.MailMessage;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.EmailLink;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class ResetPasswordService implements ResetPassword {
    private final Transactions transactions;
    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher hasher;
    private final EmailLinks links;
    private final Letters letters;
    private final Postman postman;
    private final Clock clock;

    public ResetPasswordService(Transactions transactions, UserRepository users,
                                RefreshTokenRepository refreshTokens, PasswordHasher hasher, EmailLinks links,
                                Letters letters, Postman postman, Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.links = links;
        this.letters = letters;
        this.postman = postman;
        this.clock = clock;
    }

    /**
     * Both answers do the same work on the request thread (one short transaction); the mail, the only slow part, goes
     * out on the postman's thread. An account without a password (it signs in through an identity provider) gets
     * no link: a reset must not give it a password it never had.
     */
    @Override
    public void request(Email email) {
        Optional<MailMessage> mail = transactions.global(() -> {
            Optional<User> user = users.findByEmail(email);
            if (user.isEmpty() || users.passwordOf(user.get().id()).isEmpty()) {
                return Optional.<MailMessage>empty();
            }
            Instant now = clock.instant();
            Optional<Instant> last = links.lastIssuedAt(user.get(), EmailLink.Purpose.RESET_PASSWORD);
            if (last.isPresent() && last.get().plus(REQUEST_PACE).isAfter(now)) {
                return Optional.<MailMessage>empty();
            }
            return Optional.of(letters.resetPassword(user.get().email(),
                    links.issue(user.get(), EmailLink.Purpose.RESET_PASSWORD)));
        });
        mail.ifPresent(postman::post);
    }

    @Override
    public void confirm(Confirm command) {
        // Check the link before hashing: argon2 is costly, and an anonymous caller with a made-up token must not
        // be able to make the server hash for them.
        transactions.global(() -> links.redeem(command.token(), EmailLink.Purpose.RESET_PASSWORD));
        PasswordHash replacement = hasher.hash(command.newPassword());
        transactions.global(() -> {
            EmailLink link = links.redeem(command.token(), EmailLink.Purpose.RESET_PASSWORD);
            Instant now = clock.instant();
            users.changePassword(link.userId(), replacement);
            links.useUp(link);
            // Whoever forgot the password, someone else may be signed in: every session ends, access tokens too.
            refreshTokens.revokeAllOf(link.userId(), now);
            // The link reached the mailbox, which is what verification proves.
            users.markEmailVerified(link.userId(), link.sentTo(), now);
            return null;
        });
    }
}
