package dev.glyphic.persistence;

import dev.glyphic.application.port.out.LoginAttempts;
import dev.glyphic.domain.identity.Email;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

@Singleton
public final class PgLoginAttempts implements LoginAttempts {
    private final Sql sql;

    public PgLoginAttempts(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void recordFailure(Email email, Instant at) {
        sql.update("insert into login_failures (email, failed_at) values (?, ?)", email.value(), at);
    }

    @Override
    public long failuresSince(Email email, Instant since) {
        return sql.one("select count(*) as n from login_failures where email = ? and failed_at >= ?",
                row -> row.number("n"), email.value(), since).orElse(0L);
    }

    @Override
    public Optional<Instant> oldestFailureSince(Email email, Instant since) {
        return sql.one("select min(failed_at) as oldest from login_failures where email = ? and failed_at >= ?",
                row -> row.instant("oldest"), email.value(), since);
    }

    /** Forgets the address's failures; also the moment stale rows of that address are purged. */
    @Override
    public void clear(Email email) {
        sql.update("delete from login_failures where email = ?", email.value());
    }
}
