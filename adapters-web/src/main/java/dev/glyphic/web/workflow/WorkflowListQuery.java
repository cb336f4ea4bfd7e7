package dev.glyphic.web.workflow;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.workflow.WorkflowCursor;
import dev.glyphic.application.port.out.workflow.WorkflowQuery;
import dev.glyphic.domain.json.JsonLimits;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Instants;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.Tags;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The query string of {@code GET …/workflows}, read into a {@link WorkflowQuery}. Every bad value is reported at
 * once, as a 400 {@code invalid-query} like any list's limit and cursor.
 */
final class WorkflowListQuery {
    private static final int MAX_TEXT = 200;

    private WorkflowListQuery() {
    }

    /** The raw query values, as they came. */
    record Params(Integer limit, String cursor, String tag, String name, String q, String active, String nodeType,
                  String updatedFrom, String updatedTo, String sort, String trash) {
    }

    static WorkflowQuery parse(OrgId orgId, WorkspaceId workspaceId, Params p) {
        Validation v = new Validation();
        int limit = p.limit() == null ? PageRequest.DEFAULT_LIMIT : p.limit();
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            v.add(Violation.of("limit", "out_of_range", "limit must be between 1 and " + PageRequest.MAX_LIMIT));
        }
        WorkflowQuery.Sort sort = v.optional("sort", p.sort(), WorkflowListQuery::sort);
        WorkflowQuery.Sort effectiveSort = sort == null ? WorkflowQuery.Sort.UPDATED_AT : sort;
        WorkflowCursor after = null;
        if (p.cursor() != null && (p.sort() == null || sort != null)) {
            try {
                after = WorkflowCursor.decode(p.cursor(), effectiveSort);
            } catch (DomainException.BadQuery e) {
                e.violations().forEach(v::add);
            }
            // Cursors are not signed: a hand-made key must be refused here, not fail in a statement.
            if (after != null && !JsonLimits.isStorable(after.key())) {
                v.add(Violation.of("cursor", "invalid_cursor", "cursor is not one this API handed out"));
                after = null;
            }
        }
        String tag = v.optional("tag", p.tag(), t -> Tags.of(List.of(t)).values().get(0));
        String prefix = v.optional("name", p.name(), WorkflowListQuery::text);
        String contains = v.optional("q", p.q(), WorkflowListQuery::text);
        Boolean active = v.optional("active", p.active(), WorkflowListQuery::bool);
        String nodeType = v.optional("nodeType", p.nodeType(), WorkflowListQuery::text);
        Instant from = v.optional("updatedFrom", p.updatedFrom(), Instants::parse);
        Instant to = v.optional("updatedTo", p.updatedTo(), Instants::parse);
        Boolean trash = v.optional("trash", p.trash(), WorkflowListQuery::bool);
        if (from != null && to != null && from.isAfter(to)) {
            v.add(Violation.of("updatedTo", "before_from", "updatedTo must not be before updatedFrom"));
        }
        QueryChecks.check(v);
        return new WorkflowQuery(orgId, workspaceId, Optional.ofNullable(tag), Optional.ofNullable(prefix),
                Optional.ofNullable(contains), Optional.ofNullable(active), Optional.ofNullable(nodeType),
                Optional.ofNullable(from), Optional.ofNullable(to), effectiveSort, Boolean.TRUE.equals(trash), limit,
                Optional.ofNullable(after));
    }

    private static WorkflowQuery.Sort sort(String raw) {
        return switch (raw) {
            case "updatedAt" -> WorkflowQuery.Sort.UPDATED_AT;
            case "name" -> WorkflowQuery.Sort.NAME;
            default -> throw Violation.invalid("not_in_enum", "sort must be updatedAt or name");
        };
    }

    private static boolean bool(String raw) {
        return switch (raw) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Violation.invalid("wrong_type", "must be true or false");
        };
    }

    /** An empty value ({@code ?q=}, as a search form sends it) filters nothing. */
    private static String text(String raw) {
        if (raw.length() > MAX_TEXT) {
            throw Violation.invalid("too_long", "must be at most " + MAX_TEXT + " characters");
        }
        if (!JsonLimits.isStorable(raw)) {
            throw Violation.invalid(JsonLimits.UNSTORABLE_TEXT, JsonLimits.unstorableTextMessage());
        }
        return raw.isEmpty() ? null : raw;
    }
}
