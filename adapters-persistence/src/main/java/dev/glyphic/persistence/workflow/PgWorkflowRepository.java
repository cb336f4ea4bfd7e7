package dev.glyphic.persistence.workflow;

import dev.glyphic.application.port.out.workflow.WorkflowQuery;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.application.port.out.workflow.WorkflowSummary;
import dev.glyphic.application.port.out.workflow.WorkflowVersion;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Workflows and their versions in plain SQL. The definition is stored as JSONB, which keeps its content but not its
 * object key order; {@code node_count} and {@code name_key} are derived from the row by the database itself.
 *
 * <p>What each write may change: {@link #update} saves an edit (never the trash state, and never the execution
 * counters, which belong to the runs); {@link #setDeleted} only moves to or out of the trash.
 */
@Singleton
public final class PgWorkflowRepository implements WorkflowRepository {
    private static final String COLUMNS = "org_id, id, workspace_id, name, description, tags, is_active, is_public, "
            + "definition, version, is_valid, execution_count, last_executed_at, created_by, created_at, updated_by, "
            + "updated_at, deleted_at";
    /** What a list shows: the definition stays in the table, only its node count comes along. */
    private static final String SUMMARY_COLUMNS = "id, name, description, tags, is_active, is_public, is_valid, "
            + "version, node_count, execution_count, last_executed_at, created_by, created_at, updated_by, updated_at, "
            + "deleted_at";
    private static final String VERSION_COLUMNS =
            "workflow_id, version, definition, change_summary, author, created_at";
    /** Versions of one workflow, through the workflow row: they belong to a workspace only by it. */
    private static final String VERSIONS_OF = """
            select v.workflow_id, v.version, v.definition, v.change_summary, v.author, v.created_at
            from workflow_versions v join workflows w on w.org_id = v.org_id and w.id = v.workflow_id
            where v.org_id = ? and v.workflow_id = ? and w.workspace_id = ?""";
    private static final Keyset NEWEST_VERSION_FIRST = Keyset.descending("v.version");

    private final Sql sql;

    public PgWorkflowRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(Workflow w, WorkflowVersion firstVersion) {
        requireVersionOf(w, firstVersion);
        String definition = JsonText.write(w.definition());
        sql.update("""
                insert into workflows (%s)
                values (?, ?, ?, ?, ?, ?::text[], ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(COLUMNS),
                w.orgId().value(), w.id().value(), w.workspaceId().value(), w.name().value(), w.description(),
                tags(w), w.active(), w.shared(), definition, w.version(), w.valid(),
                w.executionCount(), w.lastExecutedAt().orElse(null), w.createdBy().value(), w.createdAt(),
                w.updatedBy().value(), w.updatedAt(), w.deletedAt().orElse(null));
        insertVersion(w.orgId(), firstVersion, textOf(firstVersion, w, definition));
    }

    @Override
    public Optional<Workflow> find(OrgId orgId, WorkspaceId workspaceId, WorkflowId id) {
        return sql.one("select " + COLUMNS + " from workflows where org_id = ? and workspace_id = ? and id = ?",
                PgWorkflowRepository::workflow, orgId.value(), workspaceId.value(), id.value());
    }

    @Override
    public List<Workflow> findAll(OrgId orgId, Collection<WorkflowId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.list("select " + COLUMNS + " from workflows where org_id = ? and id = any(?::uuid[])",
                PgWorkflowRepository::workflow, orgId.value(), ids.stream().map(WorkflowId::value).toArray(UUID[]::new));
    }

    /**
     * The version check and the write are one statement: a concurrent save holds the row lock until it commits, and
     * this one then re-reads the row, finds another version and writes nothing. A workflow trashed in between is
     * not saved either.
     */
    @Override
    public boolean update(Workflow w, int expectedVersion, WorkflowVersion newVersion) {
        requireVersionOf(w, newVersion);
        String definition = JsonText.write(w.definition());
        int rows = sql.update("""
                        update workflows set name = ?, description = ?, tags = ?::text[], is_active = ?, is_public = ?,
                                             definition = ?::jsonb, version = ?, is_valid = ?, updated_by = ?,
                                             updated_at = ?
                        where org_id = ? and workspace_id = ? and id = ? and version = ? and deleted_at is null""",
                w.name().value(), w.description(), tags(w), w.active(), w.shared(), definition,
                w.version(), w.valid(), w.updatedBy().value(), w.updatedAt(),
                w.orgId().value(), w.workspaceId().value(), w.id().value(), expectedVersion);
        if (rows == 0) {
            return false;
        }
        insertVersion(w.orgId(), newVersion, textOf(newVersion, w, definition));
        return true;
    }

    @Override
    public void setDeleted(Workflow w) {
        sql.update("""
                update workflows set deleted_at = ?, is_active = ?
                where org_id = ? and workspace_id = ? and id = ?""",
                w.deletedAt().orElse(null), w.active(), w.orgId().value(), w.workspaceId().value(), w.id().value());
    }

    @Override
    public List<WorkflowSummary> list(WorkflowQuery query) {
        // A pooled, server-prepared statement settles on a generic plan that averages one org's rows over all orgs;
        // for a big tenant that plan walks the wrong index (measured: 17 ms instead of 3 ms for a name prefix).
        // Custom plans for this transaction's listing cost a fraction of a millisecond of planning.
        sql.one("select set_config('plan_cache_mode', 'force_custom_plan', true) as mode", row -> row.text("mode"));
        return sql.list(listStatement(query), PgWorkflowRepository::summary);
    }

    /** The listing's SQL, also for tests that EXPLAIN it. */
    static Sql.Query listStatement(WorkflowQuery query) {
        return WorkflowListSql.of(query, SUMMARY_COLUMNS);
    }

    @Override
    public boolean exists(OrgId orgId, WorkspaceId workspaceId, WorkflowId id) {
        return sql.one("""
                select exists (select 1 from workflows
                               where org_id = ? and workspace_id = ? and id = ? and deleted_at is null) as found""",
                row -> row.bool("found"), orgId.value(), workspaceId.value(), id.value()).orElse(false);
    }

    @Override
    public List<WorkflowVersion> versions(OrgId orgId, WorkspaceId workspaceId, WorkflowId id, int limit,
                                          Optional<Integer> beforeVersion) {
        return sql.list(NEWEST_VERSION_FIRST.page(VERSIONS_OF, List.of(orgId.value(), id.value(), workspaceId.value()),
                beforeVersion.<List<?>>map(List::of), limit), PgWorkflowRepository::version);
    }

    @Override
    public Optional<WorkflowVersion> version(OrgId orgId, WorkspaceId workspaceId, WorkflowId id, int version) {
        return sql.one(VERSIONS_OF + " and v.version = ?", PgWorkflowRepository::version,
                orgId.value(), id.value(), workspaceId.value(), version);
    }

    private void insertVersion(OrgId orgId, WorkflowVersion v, String definition) {
        sql.update("""
                insert into workflow_versions (org_id, %s)
                values (?, ?, ?, ?::jsonb, ?, ?, ?)""".formatted(VERSION_COLUMNS),
                orgId.value(), v.workflowId().value(), v.version(), definition, v.changeSummary(),
                v.author().value(), v.createdAt());
    }

    /** A save's version row holds the workflow's own definition: its text, written once, serves both rows. */
    private static String textOf(WorkflowVersion v, Workflow w, String workflowText) {
        return v.definition().equals(w.definition()) ? workflowText : JsonText.write(v.definition());
    }

    private static void requireVersionOf(Workflow w, WorkflowVersion v) {
        if (!v.workflowId().equals(w.id()) || v.version() != w.version()) {
            throw new IllegalArgumentException("version " + v.version() + " of " + v.workflowId()
                    + " is not the current version " + w.version() + " of " + w.id());
        }
    }

    private static String[] tags(Workflow w) {
        return w.tags().values().toArray(String[]::new);
    }

    private static Workflow workflow(Sql.Row row) throws SQLException {
        return new Workflow(new WorkflowId(row.uuid("id")), new OrgId(row.uuid("org_id")),
                new WorkspaceId(row.uuid("workspace_id")), new DisplayName(row.text("name")), row.text("description"),
                new Tags(row.texts("tags")), row.bool("is_active"), row.bool("is_public"), definition(row),
                Math.toIntExact(row.number("version")), row.bool("is_valid"), row.number("execution_count"),
                row.optionalInstant("last_executed_at"), new UserId(row.uuid("created_by")), row.instant("created_at"),
                new UserId(row.uuid("updated_by")), row.instant("updated_at"), row.optionalInstant("deleted_at"));
    }

    private static WorkflowSummary summary(Sql.Row row) throws SQLException {
        return new WorkflowSummary(new WorkflowId(row.uuid("id")), new DisplayName(row.text("name")),
                row.text("description"), new Tags(row.texts("tags")), row.bool("is_active"), row.bool("is_public"),
                row.bool("is_valid"), Math.toIntExact(row.number("version")), Math.toIntExact(row.number("node_count")),
                row.number("execution_count"), row.optionalInstant("last_executed_at"),
                new UserId(row.uuid("created_by")), row.instant("created_at"), new UserId(row.uuid("updated_by")),
                row.instant("updated_at"), row.optionalInstant("deleted_at"));
    }

    private static WorkflowVersion version(Sql.Row row) throws SQLException {
        return new WorkflowVersion(new WorkflowId(row.uuid("workflow_id")), Math.toIntExact(row.number("version")),
                definition(row), row.text("change_summary"), new UserId(row.uuid("author")), row.instant("created_at"));
    }

    /** Only objects are ever written to the column. */
    private static Json.Obj definition(Sql.Row row) throws SQLException {
        return (Json.Obj) JsonText.parse(row.text("definition"));
    }

    /** A transaction-scoped advisory lock on the workflow's id: no row is locked, and it ends with the transaction. */
    @Override
    public void serializeStarts(OrgId orgId, WorkflowId id) {
        sql.one("select pg_advisory_xact_lock(?) as locked", row -> 0,
                id.value().getMostSignificantBits() ^ id.value().getLeastSignificantBits());
    }

    /** The two-key form: a key space apart from {@link #serializeStarts}'s one-key locks. */
    @Override
    public void serializeReferenceChanges(OrgId orgId, WorkspaceId workspaceId) {
        sql.one("select pg_advisory_xact_lock(hashtext('glyphic.workflow-references'), hashtext(?)) as locked",
                row -> 0, workspaceId.value().toString());
    }

    @Override
    public void recordExecutions(OrgId orgId, Map<WorkflowId, Integer> started, java.time.Instant at) {
        sql.batch("""
                update workflows set execution_count = execution_count + ?, last_executed_at = ?
                where org_id = ? and id = ?""", started.entrySet().stream()
                .map(e -> new Object[] {e.getValue(), at, orgId.value(), e.getKey().value()}).toList());
    }
}
