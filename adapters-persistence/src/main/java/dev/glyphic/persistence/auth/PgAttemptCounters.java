package dev.glyphic.persistence.auth;

import dev.glyphic.application.port.out.auth.AttemptCounters;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

@Singleton
public final class PgAttemptCounters implements AttemptCounters {
    private final Sql sql;

    public PgAttemptCounters(Sql sql) {
        this.sql = sql;
    }

    /**
     * One statement: the upsert locks the key's row, so concurrent attempts on one key are counted one after the
     * other and each reads its own count. Every expression of {@code set} sees the row as it was before.
     */
    @Override
    public Count add(String key, Instant now, Duration window) {
        return sql.one("""
                insert into attempt_counters as c (key, attempts, window_ends) values (?, 1, ?)
                on conflict (key) do update set
                    attempts = case when c.window_ends <= ? then 1 else c.attempts + 1 end,
                    window_ends = case when c.window_ends <= ? then excluded.window_ends else c.window_ends end
                returning attempts, window_ends""",
                row -> new Count(row.number("attempts"), row.instant("window_ends")),
                key, now.plus(window), now, now).orElseThrow();
    }

    @Override
    public void takeBack(String key) {
        sql.update("update attempt_counters set attempts = greatest(attempts - 1, 0) where key = ?", key);
    }

    @Override
    public void clear(String key) {
        sql.update("delete from attempt_counters where key = ?", key);
    }

    @Override
    public int purgeEnded(Instant now, int batch) {
        return sql.update("""
                delete from attempt_counters where key in (
                    select key from attempt_counters where window_ends < ? order by window_ends limit ?
                    for update skip locked)""", now, batch);
    }
}
