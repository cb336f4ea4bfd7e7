package dev.glyphic.persistence.workflow;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.workflow.TemplateRepository;
import dev.glyphic.application.port.out.workflow.TemplateSummary;
import dev.glyphic.application.port.out.workflow.WorkflowTemplate;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.workflow.TemplateId;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@Singleton
public final class PgTemplateRepository implements TemplateRepository {
    private static final String COLUMNS =
            "org_id, id, name, description, category, definition, is_public, created_by, created_at";
    /** A list counts the nodes in the database instead of reading the definitions out. */
    private static final String SUMMARY_COLUMNS = """
            org_id, id, name, description, category, is_public, created_by, created_at,
            case when jsonb_typeof(definition -> 'nodes') = 'array' then jsonb_array_length(definition -> 'nodes')
                 else 0 end as node_count""";
    /** The viewer's own templates and every public one; row-level security allows exactly these too. */
    private static final String VISIBLE = "(org_id = ? or is_public)";

    private final Sql sql;

    public PgTemplateRepository(Sql sql) {
        this.sql = sql;
    }

    private static WorkflowTemplate map(Sql.Row row) throws SQLException {
        return new WorkflowTemplate(new TemplateId(row.uuid("id")), new OrgId(row.uuid("org_id")),
                new DisplayName(row.text("name")), row.text("description"), row.text("category"),
                (Json.Obj) JsonText.parse(row.text("definition")), row.bool("is_public"),
                new UserId(row.uuid("created_by")), row.instant("created_at"));
    }

    private static TemplateSummary summary(Sql.Row row) throws SQLException {
        return new TemplateSummary(new TemplateId(row.uuid("id")), new OrgId(row.uuid("org_id")),
                new DisplayName(row.text("name")), row.text("description"), row.text("category"),
                row.bool("is_public"), Math.toIntExact(row.number("node_count")), new UserId(row.uuid("created_by")),
                row.instant("created_at"));
    }

    @Override
    public void insert(WorkflowTemplate t) {
        sql.update("insert into workflow_templates (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)",
                t.orgId().value(), t.id().value(), t.name().value(), t.description(), t.category(),
                JsonText.write(t.definition()), t.shared(), t.createdBy().value(), t.createdAt());
    }

    @Override
    public Optional<WorkflowTemplate> find(OrgId viewer, TemplateId id) {
        return sql.one("select " + COLUMNS + " from workflow_templates where id = ? and " + VISIBLE,
                PgTemplateRepository::map, id.value(), viewer.value());
    }

    @Override
    public List<TemplateSummary> list(OrgId viewer, Optional<String> category, PageRequest page) {
        return sql.list(Keyset.BY_ID.page("""
                select %s from workflow_templates
                where %s and (?::text is null or category = ?::text)""".formatted(SUMMARY_COLUMNS, VISIBLE),
                page, viewer.value(), category.orElse(null), category.orElse(null)), PgTemplateRepository::summary);
    }

    @Override
    public void delete(OrgId owner, TemplateId id) {
        sql.update("delete from workflow_templates where org_id = ? and id = ?", owner.value(), id.value());
    }
}
