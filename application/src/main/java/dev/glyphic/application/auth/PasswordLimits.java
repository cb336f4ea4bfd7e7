package dev.glyphic.application.auth;

import dev.glyphic.application.port.in.auth.RequestOrigin;
import dev.glyphic.domain.identity.AttemptLimit;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.UserId;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator's limits on work that costs a password hash, and the counters each kind of attempt is charged to.
 * Per account, so a botnet cannot guess one password from many addresses; per client address, so one client
 * cannot guess across many accounts or create accounts in bulk. A request whose address is unknown is charged per
 * account only.
 */
public record PasswordLimits(AttemptLimit failuresPerAccount, AttemptLimit failuresPerClient,
                             AttemptLimit signUpsPerClient) {

    /** Sign-in: the address signed in to, and the client. */
    public List<ThrottledAttempt> logIn(Email email, RequestOrigin origin) {
        List<ThrottledAttempt> charges = new ArrayList<>();
        charges.add(new ThrottledAttempt("login:account:" + email.value(), failuresPerAccount, true));
        origin.ip().ifPresent(ip -> charges.add(new ThrottledAttempt("password:client:" + ip, failuresPerClient,
                false)));
        return charges;
    }

    /** Checking the current password before changing it: the user, and the client (shared with sign-ins). */
    public List<ThrottledAttempt> passwordCheck(UserId user, RequestOrigin origin) {
        List<ThrottledAttempt> charges = new ArrayList<>();
        charges.add(new ThrottledAttempt("password:user:" + user.value(), failuresPerAccount, true));
        origin.ip().ifPresent(ip -> charges.add(new ThrottledAttempt("password:client:" + ip, failuresPerClient,
                false)));
        return charges;
    }

    /** Sign-up: every one counts against the client, successful or not (each costs a hash). */
    public List<ThrottledAttempt> signUp(RequestOrigin origin) {
        return origin.ip().map(ip -> List.of(new ThrottledAttempt("signup:client:" + ip, signUpsPerClient, false)))
                .orElse(List.of());
    }
}
