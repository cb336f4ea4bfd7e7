package dev.glyphic.application.auth;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.auth.LogOut;
import dev.glyphic.application.port.out.auth.RefreshTokenRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;

public final class LogOutService implements LogOut {
    private final Transactions transactions;
    private final RefreshTokenRepository refreshTokens;
    private final Clock clock;

    public LogOutService(Transactions transactions, RefreshTokenRepository refreshTokens, Clock clock) {
        this.transactions = transactions;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    @Override
    public void logOut(Caller caller) {
        if (!(caller instanceof Caller.Person person)) {
            throw new DomainException.Forbidden("API keys have no session to end; revoke the key instead");
        }
        // A person signed in through an external identity provider has no session of ours: their provider ends it.
        person.session().ifPresent(session -> transactions.global(() -> {
            refreshTokens.revokeSession(session, clock.instant());
            return null;
        }));
    }
}
