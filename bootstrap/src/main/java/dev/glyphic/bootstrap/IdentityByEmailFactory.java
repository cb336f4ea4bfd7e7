package dev.glyphic.bootstrap;

import dev.glyphic.application.auth.EmailLinks;
import dev.glyphic.application.auth.ResetPasswordService;
import dev.glyphic.application.auth.VerifyEmailService;
import dev.glyphic.application.mail.Letters;
import dev.glyphic.application.mail.Postman;
import dev.glyphic.application.org.Auditor;
import dev.glyphic.application.org.OrgAccess;
import dev.glyphic.application.org.RevokeInvitationService;
import dev.glyphic.application.port.in.auth.ResetPassword;
import dev.glyphic.application.port.in.auth.VerifyEmail;
import dev.glyphic.application.port.in.org.RevokeInvitation;
import dev.glyphic.application.port.out.auth.PasswordHasher;
import dev.glyphic.application.port.out.auth.RefreshTokenRepository;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.org.InvitationRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The use cases of identity by email: verifying an address, resetting a password, withdrawing an invitation. */
@Factory
public class IdentityByEmailFactory {

    @Singleton
    VerifyEmail verifyEmail(Transactions transactions, UserRepository users, EmailLinks links, Letters letters,
                            Postman postman, Clock clock) {
        return new VerifyEmailService(transactions, users, links, letters, postman, clock);
    }

    @Singleton
    ResetPassword resetPassword(Transactions transactions, UserRepository users, RefreshTokenRepository refreshTokens,
                                PasswordHasher hasher, EmailLinks links, Letters letters, Postman postman,
                                Clock clock) {
        return new ResetPasswordService(transactions, users, refreshTokens, hasher, links, letters, postman, clock);
    }

    @Singleton
    RevokeInvitation revokeInvitation(Transactions transactions, OrgAccess access, InvitationRepository invitations,
                                      Auditor auditor, Clock clock) {
        return new RevokeInvitationService(transactions, access, invitations, auditor, clock);
    }
}
