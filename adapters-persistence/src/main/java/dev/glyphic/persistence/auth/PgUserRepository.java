package dev.glyphic.persistence.auth;

import dev.glyphic.application.port.out.auth.PasswordHash;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.SessionId;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

@Singleton
public final class PgUserRepository implements UserRepository {
    private static final String COLUMNS = "u.id, u.email, u.name, u.created_at, u.email_verified_at";

    private final Sql sql;

    public PgUserRepository(Sql sql) {
        this.sql = sql;
    }

    public static User map(Sql.Row row) throws SQLException {
        return new User(new UserId(row.uuid("id")), new Email(row.text("email")), new DisplayName(row.text("name")),
                row.instant("created_at"), row.optionalInstant("email_verified_at"));
    }

    @Override
    public boolean insert(User user, Optional<PasswordHash> password) {
        return sql.update("""
                insert into users (id, email, name, password_hash, created_at, updated_at, email_verified_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (email) do nothing""",
                user.id().value(), user.email().value(), user.name().value(),
                password.map(PasswordHash::encoded).orElse(null), user.createdAt(), user.createdAt(),
                user.emailVerifiedAt().orElse(null)) == 1;
    }

    @Override
    public Optional<User> find(UserId id) {
        return sql.one("select " + COLUMNS + " from users u where u.id = ?", PgUserRepository::map, id.value());
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return sql.one("select " + COLUMNS + " from users u where u.email = ?", PgUserRepository::map, email.value());
    }

    @Override
    public Optional<PasswordHash> passwordOf(UserId id) {
        return sql.one("select password_hash from users where id = ?", row -> row.text("password_hash"), id.value())
                .map(PasswordHash::new);
    }

    @Override
    public Optional<User> findWithLiveSession(UserId id, SessionId session) {
        return sql.one("""
                select %s from users u
                where u.id = ? and exists (select 1 from refresh_tokens t
                                           where t.session_id = ? and t.user_id = u.id and t.revoked_at is null)"""
                        .formatted(COLUMNS), PgUserRepository::map, id.value(), session.value());
    }

    @Override
    public void changePassword(UserId id, PasswordHash hash) {
        sql.update("update users set password_hash = ?, updated_at = now() where id = ?", hash.encoded(), id.value());
    }

    @Override
    public boolean markEmailVerified(UserId id, Email email, Instant at) {
        return sql.update("""
                update users set email_verified_at = coalesce(email_verified_at, ?), updated_at = now()
                where id = ? and email = ?""", at, id.value(), email.value()) == 1;
    }

    @Override
    public void touchLastLogin(UserId id, Instant at) {
        sql.update("update users set last_login_at = ? where id = ?", at, id.value());
    }

    @Override
    public Optional<UserId> findByExternalSubject(String issuer, String subject) {
        return sql.one("select user_id from user_identities where issuer = ? and subject = ?",
                row -> new UserId(row.uuid("user_id")), issuer, subject);
    }

    @Override
    public void linkExternalSubject(UserId id, String issuer, String subject, Instant at) {
        sql.update("""
                insert into user_identities (issuer, subject, user_id, linked_at) values (?, ?, ?, ?)
                on conflict do nothing""", issuer, subject, id.value(), at);
    }
}
