package dev.glyphic.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fills the benchmark database behind the API's back, as a superuser (so past Row Level Security), with set-based
 * SQL: the measured workspace's workflows, and other organizations with theirs beside them. Every value is derived
 * from the row number through {@code hashint4}, so two runs seed the same data.
 *
 * <p>Selectivity in every workspace: each of the 10 tags is on ~10% of workflows; ~50% are active; a name starts with
 * one of 100 "verb topic" pairs (a prefix filter selects ~1%) and carries a "ref-NNN" code (a contains filter selects
 * ~0.1%); 1 of the 20 definition shapes has a {@code flow.approval} node (~5%); updated_at is spread over a year.
 */
final class Seeder {
    static final List<String> TAGS = List.of("marketing", "video", "story", "social", "newsletter", "seo", "launch",
            "weekly", "ai", "review");
    static final List<String> VERBS = List.of("Publish", "Generate", "Schedule", "Review", "Translate", "Summarize",
            "Archive", "Notify", "Collect", "Enrich");
    static final List<String> TOPICS = List.of("Recipe", "Travel", "Fitness", "Finance", "Gaming", "Music", "Fashion",
            "Science", "History", "Pets");
    static final int SHAPES = 20;
    private static final List<String> TRIGGERS = List.of("trigger.manual", "trigger.webhook", "trigger.schedule",
            "trigger.event");
    private static final List<String> STEPS = List.of("http.request", "data.set", "logic.if", "flow.delay",
            "content.generate", "integration.action", "flow.subworkflow", "data.set");

    private Seeder() {
    }

    /** What was seeded and how many rows of the measured workspace each filter selects. */
    record Seeded(long workflows, long otherOrgs, long seconds, Map<String, Long> measuredCounts) {
    }

    static Seeded seed(Connection superuser, UUID orgId, UUID workspaceId, UUID userId, int measured, int otherOrgs,
                       int perOtherOrg) throws SQLException {
        long started = System.nanoTime();
        superuser.setAutoCommit(true);
        try (Statement s = superuser.createStatement()) {
            s.execute("create temp table bench_shapes (k int primary key, definition jsonb not null)");
            s.execute("create temp table bench_targets "
                    + "(org_id uuid, workspace_id uuid, user_id uuid, n int, base int)");
        }
        try (PreparedStatement insert = superuser.prepareStatement("insert into bench_shapes values (?, ?::jsonb)")) {
            for (int k = 0; k < SHAPES; k++) {
                insert.setInt(1, k);
                insert.setString(2, shape(k).toString());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement target = superuser.prepareStatement(
                "insert into bench_targets values (?, ?, ?, ?, 0)")) {
            target.setObject(1, orgId);
            target.setObject(2, workspaceId);
            target.setObject(3, userId);
            target.setInt(4, measured);
            target.executeUpdate();
        }
        try (Statement s = superuser.createStatement()) {
            s.execute("""
                    create temp table bench_orgs as
                    select o, uuid_v7() as org_id, uuid_v7() as user_id,
                           uuid_v7() as workspace_id
                    from generate_series(1, %d) o""".formatted(otherOrgs));
            s.execute("""
                    insert into users (id, email, name, created_at, updated_at)
                    select user_id, 'bench-owner-' || o || '@example.com', 'Owner ' || o, now(), now()
                    from bench_orgs""");
            s.execute("""
                    insert into organizations (id, name, slug, created_at, updated_at)
                    select org_id, 'Tenant ' || o, 'tenant-' || o, now(), now() from bench_orgs""");
            s.execute("""
                    insert into memberships (org_id, user_id, role, joined_at)
                    select org_id, user_id, 'owner', now() from bench_orgs""");
            s.execute("""
                    insert into workspaces (org_id, id, name, slug, created_at, updated_at)
                    select org_id, workspace_id, 'Main', 'main', now(), now() from bench_orgs""");
            s.execute("""
                    insert into bench_targets
                    select org_id, workspace_id, user_id, %d, %d + (o - 1) * %d from bench_orgs"""
                    .formatted(perOtherOrg, measured, perOtherOrg));
            s.execute(WORKFLOWS.formatted(array(VERBS), array(TOPICS), array(TAGS), SHAPES));
            s.execute("""
                    insert into workflow_versions (org_id, workflow_id, version, definition, change_summary, author,
                                                   created_at)
                    select org_id, id, 1, definition, '', created_by, created_at from workflows""");
            s.execute("vacuum analyze");
        }
        long workflows = count(superuser, "select count(*) from workflows", null);
        return new Seeded(workflows, otherOrgs, (System.nanoTime() - started) / 1_000_000_000L,
                measuredCounts(superuser, workspaceId));
    }

    /**
     * One row per target workspace and row number i. h(salt) is a hash of i, so the columns vary independently of
     * each other and of i's digits.
     */
    private static final String WORKFLOWS = """
            insert into workflows (org_id, id, workspace_id, name, description, tags, is_active, is_public,
                                   definition, version, is_valid, created_by, created_at, updated_by, updated_at)
            select t.org_id, uuid_v7(), t.workspace_id,
                   (%1$s)[i %% 10 + 1] || ' ' || (%2$s)[i / 10 %% 10 + 1]
                       || ' ref-' || lpad((h.h1 %% 1000)::text, 3, '0') || ' #' || i,
                   '',
                   case h.h2 %% 3
                       when 0 then '{}'::text[]
                       when 1 then array[(%3$s)[h.h3 %% 10 + 1]]
                       else array[(%3$s)[h.h3 %% 10 + 1], (%3$s)[(h.h3 %% 10 + 1 + h.h4 %% 9) %% 10 + 1]]
                   end,
                   h.h5 %% 2 = 0, false, d.definition, 1, true,
                   t.user_id, u.updated_at - make_interval(days => h.h6 %% 30), t.user_id, u.updated_at
            from bench_targets t
            cross join lateral generate_series(t.base + 1, t.base + t.n) i
            cross join lateral (select hashint4(i * 16 + 1) & 2147483647 as h1,
                                       hashint4(i * 16 + 2) & 2147483647 as h2,
                                       hashint4(i * 16 + 3) & 2147483647 as h3,
                                       hashint4(i * 16 + 4) & 2147483647 as h4,
                                       hashint4(i * 16 + 5) & 2147483647 as h5,
                                       hashint4(i * 16 + 6) & 2147483647 as h6,
                                       hashint4(i * 16 + 7) & 2147483647 as h7,
                                       hashint4(i * 16 + 8) & 2147483647 as h8) h
            cross join lateral (select now() - make_interval(secs => h.h7 %% (365 * 86400)) as updated_at) u
            join bench_shapes d on d.k = h.h8 %% %4$d""";

    /** Shape k: a trigger and 2-5 steps in a chain; only shape 0 has an approval. */
    static ObjectNode shape(int k) {
        int nodes = 3 + k % 4;
        ObjectNode definition = Api.JSON.createObjectNode();
        ArrayNode nodeArray = definition.putArray("nodes");
        ArrayNode edgeArray = definition.putArray("edges");
        for (int n = 0; n < nodes; n++) {
            String type = n == 0 ? TRIGGERS.get(k % TRIGGERS.size())
                    : k == 0 && n == 1 ? "flow.approval" : STEPS.get((k + n) % STEPS.size());
            ObjectNode node = nodeArray.addObject();
            node.put("id", "n" + n);
            node.put("type", "glyphic");
            node.putObject("position").put("x", n * 240).put("y", 80);
            ObjectNode data = node.putObject("data");
            data.put("nodeType", type);
            data.put("label", type + " " + n);
            data.putObject("fields");
            if (n > 0) {
                edgeArray.addObject().put("id", "e" + n).put("source", "n" + (n - 1)).put("sourceHandle", "output")
                        .put("target", "n" + n).put("targetHandle", "input");
            }
        }
        definition.putArray("groups");
        definition.putObject("config");
        definition.putObject("metadata").put("seeded", true);
        return definition;
    }

    private static Map<String, Long> measuredCounts(Connection c, UUID workspaceId) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        String in = "select count(*) from workflows where workspace_id = ? and deleted_at is null";
        counts.put("all", count(c, in, workspaceId));
        counts.put("tag=" + WorkflowBench.TAG, count(c, in + " and tags @> array['" + WorkflowBench.TAG + "']",
                workspaceId));
        counts.put("name=" + WorkflowBench.PREFIX, count(c, in + " and name_key like lower('"
                + WorkflowBench.PREFIX + "') || '%'", workspaceId));
        counts.put("q=" + WorkflowBench.CONTAINS, count(c, in + " and name_key like '%' || lower('"
                + WorkflowBench.CONTAINS + "') || '%'", workspaceId));
        counts.put("nodeType=flow.approval", count(c, in
                + " and definition -> 'nodes' @> '[{\"data\":{\"nodeType\":\"flow.approval\"}}]'", workspaceId));
        counts.put("active=true&tag=" + WorkflowBench.TAG, count(c, in + " and is_active and tags @> array['"
                + WorkflowBench.TAG + "']", workspaceId));
        return counts;
    }

    private static long count(Connection c, String sql, UUID workspaceId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (workspaceId != null) {
                s.setObject(1, workspaceId);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String array(List<String> values) {
        return "array['" + String.join("', '", values) + "']";
    }
}
