package dev.glyphic.persistence.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.org.MembershipRepository;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.Membership;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import dev.glyphic.persistence.auth.PgUserRepository;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@Singleton
public final class PgMembershipRepository implements MembershipRepository {
    private static final String COLUMNS = "org_id, user_id, role, joined_at";
    private static final Keyset BY_USER = Keyset.ascending("m.user_id");

    private final Sql sql;

    public PgMembershipRepository(Sql sql) {
        this.sql = sql;
    }

    private static Membership map(Sql.Row row) throws SQLException {
        return new Membership(new OrgId(row.uuid("org_id")), new UserId(row.uuid("user_id")),
                Role.parse(row.text("role")), row.instant("joined_at"));
    }

    @Override
    public boolean insert(Membership m) {
        return sql.update("insert into memberships (" + COLUMNS + ") values (?, ?, ?, ?) on conflict do nothing",
                m.orgId().value(), m.userId().value(), m.role().wireName(), m.joinedAt()) == 1;
    }

    @Override
    public Optional<Membership> find(OrgId orgId, UserId userId) {
        return sql.one("select " + COLUMNS + " from memberships where org_id = ? and user_id = ?",
                PgMembershipRepository::map, orgId.value(), userId.value());
    }

    @Override
    public List<Member> list(OrgId orgId, PageRequest page) {
        return sql.list(BY_USER.page("""
                select m.org_id, m.user_id, m.role, m.joined_at,
                       u.id, u.email, u.name, u.created_at, u.email_verified_at
                from memberships m join users u on u.id = m.user_id
                where m.org_id = ?""", page, orgId.value()),
                row -> new Member(map(row), PgUserRepository.map(row)));
    }

    @Override
    public List<OrgId> orgsOf(UserId userId) {
        return sql.list("select org_id from memberships where user_id = ?", row -> new OrgId(row.uuid("org_id")),
                userId.value());
    }

    @Override
    public void updateRole(OrgId orgId, UserId userId, Role role) {
        sql.update("update memberships set role = ? where org_id = ? and user_id = ?",
                role.wireName(), orgId.value(), userId.value());
    }

    @Override
    public void delete(OrgId orgId, UserId userId) {
        sql.update("delete from memberships where org_id = ? and user_id = ?", orgId.value(), userId.value());
    }

    @Override
    public long lockOwners(OrgId orgId) {
        return sql.list("select user_id from memberships where org_id = ? and role = 'owner' for update",
                row -> row.uuid("user_id"), orgId.value()).size();
    }
}
