package dev.glyphic.persistence.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Slug;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@Singleton
public final class PgWorkspaceRepository implements WorkspaceRepository {
    private static final String COLUMNS = "org_id, id, name, slug, created_at, updated_at";

    private final Sql sql;

    public PgWorkspaceRepository(Sql sql) {
        this.sql = sql;
    }

    private static Workspace map(Sql.Row row) throws SQLException {
        return new Workspace(new WorkspaceId(row.uuid("id")), new OrgId(row.uuid("org_id")),
                new DisplayName(row.text("name")), new Slug(row.text("slug")), row.instant("created_at"),
                row.instant("updated_at"));
    }

    @Override
    public boolean insert(Workspace w) {
        return sql.update("""
                insert into workspaces (%s) values (?, ?, ?, ?, ?, ?)
                on conflict (org_id, slug) do nothing""".formatted(COLUMNS),
                w.orgId().value(), w.id().value(), w.name().value(), w.slug().value(), w.createdAt(),
                w.updatedAt()) == 1;
    }

    @Override
    public Optional<Workspace> find(OrgId orgId, WorkspaceId id) {
        return sql.one("select " + COLUMNS + " from workspaces where org_id = ? and id = ?",
                PgWorkspaceRepository::map, orgId.value(), id.value());
    }

    @Override
    public List<Workspace> list(OrgId orgId, PageRequest page) {
        return sql.list(Keyset.BY_ID.page("select " + COLUMNS + " from workspaces where org_id = ?", page,
                orgId.value()), PgWorkspaceRepository::map);
    }

    @Override
    public boolean update(Workspace w) {
        // The unique key decides, not a prior check: two concurrent renames to one slug cannot both pass it.
        return sql.updateUnlessDuplicate("""
                update workspaces set name = ?, slug = ?, updated_at = ?
                where org_id = ? and id = ?""",
                w.name().value(), w.slug().value(), w.updatedAt(), w.orgId().value(), w.id().value()) == 1;
    }

    @Override
    public void delete(OrgId orgId, WorkspaceId id) {
        sql.update("delete from workspaces where org_id = ? and id = ?", orgId.value(), id.value());
    }
}
