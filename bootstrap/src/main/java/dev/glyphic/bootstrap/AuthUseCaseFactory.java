package dev.glyphic.bootstrap;

import dev.glyphic.application.auth.AttemptThrottle;
import dev.glyphic.application.auth.AuthenticateService;
import dev.glyphic.application.auth.ChangePasswordService;
import dev.glyphic.application.auth.EmailLinks;
import dev.glyphic.application.auth.LogInService;
import dev.glyphic.application.auth.LogOutService;
import dev.glyphic.application.auth.PasswordLimits;
import dev.glyphic.application.auth.RefreshSessionService;
import dev.glyphic.application.auth.ResetPasswordService;
import dev.glyphic.application.auth.SessionIssuer;
import dev.glyphic.application.auth.ShowMeService;
import dev.glyphic.application.auth.SignUpService;
import dev.glyphic.application.auth.VerifyEmailService;
import dev.glyphic.application.mail.Letters;
import dev.glyphic.application.mail.Postman;
import dev.glyphic.application.org.SignInAudit;
import dev.glyphic.application.port.in.auth.Authenticate;
import dev.glyphic.application.port.in.auth.ChangePassword;
import dev.glyphic.application.port.in.auth.LogIn;
import dev.glyphic.application.port.in.auth.LogOut;
import dev.glyphic.application.port.in.auth.RefreshSession;
import dev.glyphic.application.port.in.auth.ResetPassword;
import dev.glyphic.application.port.in.auth.ShowMe;
import dev.glyphic.application.port.in.auth.SignUp;
import dev.glyphic.application.port.in.auth.VerifyEmail;
import dev.glyphic.application.port.out.auth.AccessTokens;
import dev.glyphic.application.port.out.auth.AttemptCounters;
import dev.glyphic.application.port.out.auth.EmailLinkRepository;
import dev.glyphic.application.port.out.auth.ExternalIdentities;
import dev.glyphic.application.port.out.auth.PasswordHasher;
import dev.glyphic.application.port.out.auth.RefreshTokenRepository;
import dev.glyphic.application.port.out.auth.SecretTokens;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.org.ApiKeyRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.bootstrap.config.AbuseSettings;
import dev.glyphic.domain.identity.AttemptLimit;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The auth use cases (signing up and in, sessions, passwords, identity by email) and the helpers they share: one
 * {@link SessionIssuer}, one {@link AttemptThrottle} with its {@link PasswordLimits}, one {@link EmailLinks}. Each
 * method takes what its service needs from the other factories and the adapters; the service is exposed as its
 * in-port. The purges of attempt counters and email links are wired with the abuse limits ({@link AbuseFactory}).
 */
@Factory
public class AuthUseCaseFactory {

    @Singleton
    SessionIssuer sessionIssuer(AccessTokens accessTokens, RefreshTokenRepository refreshTokens, SecretTokens secrets,
                                Clock clock) {
        return new SessionIssuer(accessTokens, refreshTokens, secrets, clock);
    }

    @Singleton
    AttemptThrottle attemptThrottle(Transactions transactions, AttemptCounters counters, Clock clock) {
        return new AttemptThrottle(transactions, counters, clock);
    }

    /** The operator's bounds on password guessing and sign-ups (docs/operations.md, "Abuse limits"). */
    @Singleton
    PasswordLimits passwordLimits(AbuseSettings abuse) {
        return new PasswordLimits(
                new AttemptLimit(abuse.loginFailuresPerAccount(), abuse.passwordFailureWindow()),
                new AttemptLimit(abuse.passwordFailuresPerClient(), abuse.passwordFailureWindow()),
                new AttemptLimit(abuse.signUpsPerClient(), abuse.signUpWindow()));
    }

    @Singleton
    EmailLinks emailLinks(EmailLinkRepository links, SecretTokens secrets, Clock clock) {
        return new EmailLinks(links, secrets, clock);
    }

    @Singleton
    SignUp signUp(Transactions transactions, UserRepository users, AttemptThrottle throttle, PasswordLimits limits,
                  PasswordHasher hasher, SessionIssuer sessions, EmailLinks emailLinks, Letters letters,
                  Postman postman, Clock clock) {
        return new SignUpService(transactions, users, throttle, limits, hasher, sessions, emailLinks, letters,
                postman, clock);
    }

    @Singleton
    LogIn logIn(Transactions transactions, UserRepository users, AttemptThrottle throttle, PasswordLimits limits,
                PasswordHasher hasher, SessionIssuer sessions, SignInAudit signInAudit, Clock clock) {
        return new LogInService(transactions, users, throttle, limits, hasher, sessions, signInAudit, clock);
    }

    @Singleton
    RefreshSession refreshSession(Transactions transactions, RefreshTokenRepository refreshTokens,
                                  UserRepository users, SecretTokens secrets, SessionIssuer sessions, Clock clock) {
        return new RefreshSessionService(transactions, refreshTokens, users, secrets, sessions, clock);
    }

    @Singleton
    LogOut logOut(Transactions transactions, RefreshTokenRepository refreshTokens, Clock clock) {
        return new LogOutService(transactions, refreshTokens, clock);
    }

    @Singleton
    ChangePassword changePassword(Transactions transactions, UserRepository users,
                                  RefreshTokenRepository refreshTokens, AttemptThrottle throttle,
                                  PasswordLimits limits, PasswordHasher hasher, SessionIssuer sessions, Clock clock) {
        return new ChangePasswordService(transactions, users, refreshTokens, throttle, limits, hasher, sessions,
                clock);
    }

    @Singleton
    ShowMe showMe(Transactions transactions, UserRepository users) {
        return new ShowMeService(transactions, users);
    }

    @Singleton
    Authenticate authenticate(Transactions transactions, AccessTokens accessTokens,
                              ExternalIdentities externalIdentities, UserRepository users, ApiKeyRepository apiKeys,
                              SecretTokens secrets, Clock clock) {
        return new AuthenticateService(transactions, accessTokens, externalIdentities, users, apiKeys, secrets, clock);
    }

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
}
