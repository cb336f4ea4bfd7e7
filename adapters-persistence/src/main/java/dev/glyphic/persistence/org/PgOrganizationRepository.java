package dev.glyphic.persistence.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.org.OrganizationRepository;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.ExecutionLimits;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Organization;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.org.Slug;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@Singleton
public final class PgOrganizationRepository implements OrganizationRepository {
    private static final String COLUMNS =
            "id, name, slug, max_concurrent_executions, execution_retention_days, created_at, updated_at";
    private static final Keyset BY_ORG = Keyset.ascending("o.id");

    private final Sql sql;

    public PgOrganizationRepository(Sql sql) {
        this.sql = sql;
    }

    private static Organization map(Sql.Row row) throws SQLException {
        return new Organization(new OrgId(row.uuid("id")), new DisplayName(row.text("name")),
                new Slug(row.text("slug")),
                new ExecutionLimits(Math.toIntExact(row.number("max_concurrent_executions")),
                        Math.toIntExact(row.number("execution_retention_days"))),
                row.instant("created_at"), row.instant("updated_at"));
    }

    @Override
    public boolean insert(Organization org) {
        return sql.update("""
                        insert into organizations (%s)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (slug) do nothing""".formatted(COLUMNS),
                org.id().value(), org.name().value(), org.slug().value(),
                org.executionLimits().maxConcurrentExecutions(), org.executionLimits().retentionDays(),
                org.createdAt(), org.updatedAt()) == 1;
    }

    @Override
    public Optional<Organization> find(OrgId id) {
        return sql.one("select " + COLUMNS + " from organizations where id = ?", PgOrganizationRepository::map,
                id.value());
    }

    /** Slugs are unique across tenants, and the other tenants' rows are invisible here: the unique key decides. */
    @Override
    public boolean update(Organization org) {
        return sql.updateUnlessDuplicate("""
                        update organizations set name = ?, slug = ?, max_concurrent_executions = ?,
                                                 execution_retention_days = ?, updated_at = ?
                        where id = ?""",
                org.name().value(), org.slug().value(), org.executionLimits().maxConcurrentExecutions(),
                org.executionLimits().retentionDays(), org.updatedAt(), org.id().value()) == 1;
    }

    @Override
    public void delete(OrgId id) {
        sql.update("delete from organizations where id = ?", id.value());
    }

    @Override
    public List<OrgWithRole> listForUser(UserId userId, PageRequest page) {
        return sql.list(BY_ORG.page("""
                select o.id, o.name, o.slug, o.max_concurrent_executions, o.execution_retention_days,
                       o.created_at, o.updated_at, m.role
                from memberships m join organizations o on o.id = m.org_id
                where m.user_id = ?""", page, userId.value()),
                row -> new OrgWithRole(map(row), Role.parse(row.text("role"))));
    }
}
