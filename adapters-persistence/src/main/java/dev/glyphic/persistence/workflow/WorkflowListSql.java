package dev.glyphic.persistence.workflow;

import dev.glyphic.application.port.out.workflow.WorkflowCursor;
import dev.glyphic.application.port.out.workflow.WorkflowQuery;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Instants;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The SQL of one page of a workflow listing. Conditions are fixed SQL text; whatever the caller typed travels only
 * as a parameter, collected beside the condition that uses it.
 *
 * <p>The app role reads through a forced Row Level Security policy, under which PostgreSQL turns a condition into an
 * index condition only when every function applied to a column in it is leakproof. So the conditions that must reach
 * an index compare plain columns: {@code name_key} (the stored {@code lower(name)}, collation "C") instead of
 * {@code lower(name)}, and the name prefix as a range of it rather than a LIKE. See V2__workflows.sql.
 */
final class WorkflowListSql {
    /** The highest code point: every string that starts with p sorts below p || U+10FFFF in collation "C". */
    private static final String PREFIX_RANGE = "name_key >= lower(?) and name_key < lower(?) || chr(1114111)";

    private static final Keyset NEWEST_FIRST = Keyset.descending("updated_at", "id");
    /** lower() again, so a key that is the raw name or a differently lower-cased one lands on the same row. */
    private static final Keyset BY_NAME = Keyset.ascending("name_key", "id").comparedTo("lower(?)", "?");

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    private WorkflowListSql() {
    }

    static Sql.Query of(WorkflowQuery query, String columns) {
        WorkflowListSql sql = new WorkflowListSql();
        sql.where("org_id = ?", query.orgId().value());
        sql.where("workspace_id = ?", query.workspaceId().value());
        // Literal, so the planner matches the partial indexes (where deleted_at is null).
        sql.where(query.trash() ? "deleted_at is not null" : "deleted_at is null");
        query.tag().ifPresent(tag -> sql.where("tags @> array[?::text]", tag));
        query.namePrefix().ifPresent(prefix -> sql.where(PREFIX_RANGE, prefix, prefix));
        query.nameContains().ifPresent(part ->
                sql.where("name_key like '%' || lower(?) || '%'", escapeLike(part)));
        query.active().ifPresent(active -> sql.where("is_active = ?", active));
        query.nodeType().ifPresent(type -> sql.where("definition -> 'nodes' @> ?::jsonb", nodeOfType(type)));
        query.updatedFrom().ifPresent(from -> sql.where("updated_at >= ?", from));
        query.updatedTo().ifPresent(to -> sql.where("updated_at < ?", to));
        return keyset(query.sort()).page("select " + columns + " from workflows where "
                + String.join(" and ", sql.conditions), sql.params, query.after().map(WorkflowListSql::key),
                query.fetchSize());
    }

    private static Keyset keyset(WorkflowQuery.Sort sort) {
        return switch (sort) {
            case UPDATED_AT -> NEWEST_FIRST;
            case NAME -> BY_NAME;
        };
    }

    /** The cursor's key values, as its sort compares them. */
    private static List<?> key(WorkflowCursor cursor) {
        return switch (cursor.sort()) {
            case UPDATED_AT -> List.of(instant(cursor.key()), cursor.id());
            case NAME -> List.of(cursor.key(), cursor.id());
        };
    }

    private void where(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(Arrays.asList(values));
    }

    /** Makes %, _ and the escape character itself match literally in a LIKE pattern (escape character: \). */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The containment document for "has a node of this type": [{"data":{"nodeType": type}}]. */
    private static String nodeOfType(String type) {
        Json.Obj data = new Json.Obj(Map.of("nodeType", Json.of(type)));
        return JsonText.write(new Json.Arr(List.of(new Json.Obj(Map.of("data", data)))));
    }

    private static Instant instant(String key) {
        try {
            Instant at = Instant.parse(key);
            if (!Instants.inRange(at)) {
                throw new DateTimeParseException("out of range", key, 0);
            }
            return at;
        } catch (DateTimeParseException e) {
            // Cursors are not signed: a hand-made one must answer 400 like any other foreign cursor, not 500.
            throw new DomainException.BadQuery(List.of(new Violation("/cursor", "invalid_cursor",
                    "cursor is not one this API handed out for this sort")));
        }
    }
}
