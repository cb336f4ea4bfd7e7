package dev.glyphic.persistence.auth;

import dev.glyphic.application.port.out.auth.EmailLinkRepository;
import dev.glyphic.application.port.out.auth.TokenDigest;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.EmailLink;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Singleton
public final class PgEmailLinkRepository implements EmailLinkRepository {
    private static final String COLUMNS = "id, user_id, purpose, email, created_at, expires_at, used_at";

    private final Sql sql;

    public PgEmailLinkRepository(Sql sql) {
        this.sql = sql;
    }

    private static EmailLink map(Sql.Row row) throws SQLException {
        return new EmailLink(row.uuid("id"), new UserId(row.uuid("user_id")),
                EmailLink.Purpose.parse(row.text("purpose")), new Email(row.text("email")), row.instant("created_at"),
                row.instant("expires_at"), row.optionalInstant("used_at"));
    }

    @Override
    public void insert(EmailLink link, TokenDigest digest) {
        sql.update("insert into email_links (" + COLUMNS + ", token_digest) values (?, ?, ?, ?, ?, ?, ?, ?)",
                link.id(), link.userId().value(), link.purpose().wireName(), link.sentTo().value(), link.createdAt(),
                link.expiresAt(), link.usedAt().orElse(null), digest.hex());
    }

    @Override
    public Optional<EmailLink> findForUpdate(EmailLink.Purpose purpose, TokenDigest digest) {
        return sql.one("select " + COLUMNS + " from email_links where token_digest = ? and purpose = ? for update",
                PgEmailLinkRepository::map, digest.hex(), purpose.wireName());
    }

    @Override
    public Optional<Instant> lastIssuedAt(UserId userId, EmailLink.Purpose purpose) {
        return sql.one("""
                select created_at from email_links where user_id = ? and purpose = ?
                order by created_at desc limit 1""", row -> row.instant("created_at"), userId.value(),
                purpose.wireName());
    }

    @Override
    public void useAll(UserId userId, EmailLink.Purpose purpose, Instant at) {
        sql.update("update email_links set used_at = ? where user_id = ? and purpose = ? and used_at is null",
                at, userId.value(), purpose.wireName());
    }

    @Override
    public void markUsed(UUID id, Instant at) {
        sql.update("update email_links set used_at = ? where id = ? and used_at is null", at, id);
    }

    @Override
    public int purgeExpiredBefore(Instant cutoff, int batch) {
        return sql.update("""
                delete from email_links where id in (
                    select id from email_links where expires_at < ? order by expires_at limit ?
                    for update skip locked)""", cutoff, batch);
    }
}
