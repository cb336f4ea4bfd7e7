package dev.glyphic.bench;

import dev.glyphic.persistence.setup.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a listing's statement costs in the database, as the app role under Row Level Security (which decides the
 * plan): the time to run it and fetch its rows over JDBC as the server does, and EXPLAIN (ANALYZE, BUFFERS) in both of
 * the plans PostgreSQL may use for it: the custom plan (made for these values: what a fresh statement gets) and the
 * generic plan (made for any values: what a server-prepared statement switches to after five executions when it
 * looks no dearer, and the JDBC driver server-prepares a pooled connection's statement from its fifth use).
 *
 * <p>The SQL mirrors dev.glyphic.persistence.workflow.WorkflowListSql (with Keyset) and PgWorkflowRepository's
 * SUMMARY_COLUMNS, and the fetch mirrors PgWorkflowRepository.list: in the listing's transaction it first sets
 * plan_cache_mode to force_custom_plan (so the server runs the custom plan, whatever the pooled statement has seen before), then runs the listing. It is
 * copied rather than called so that a change there cannot break the build here: check it against them when they
 * change. EXPLAIN does not detoast what it does not output: the fetch time is what includes sending the rows.
 */
final class ListingProbe {
    static final String COLUMNS = "id, name, description, tags, is_active, is_public, is_valid, "
            + "version, node_count, execution_count, last_executed_at, created_by, created_at, updated_by, updated_at, "
            + "deleted_at";
    /** What PgWorkflowRepository.list runs before the listing, in the same transaction. */
    static final String CUSTOM_PLANS = "select set_config('plan_cache_mode', 'force_custom_plan', true) as mode";
    static final String BY_UPDATED = "updated_at desc, id desc";
    static final String BY_NAME = "name_key, id";
    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");
    private static final Pattern SCAN = Pattern.compile("(Seq Scan|Index Scan|Index Only Scan|Bitmap \\w+ Scan)"
            + "( Backward)?( using \\w+)? on \\w+");

    /** The extra conditions of one listing, with their parameters in order (strings, UUIDs, booleans, instants). */
    record Filter(String conditions, List<Object> params, String order) {
        static Filter none(String order) {
            return new Filter("", List.of(), order);
        }
    }

    /** A plan's text and its execution time as the server measured it. */
    record Plan(String text, double executionMillis) {
        /** Which scans it makes, in order: two plans with the same shape do the same work. */
        String shape() {
            Matcher m = SCAN.matcher(text);
            List<String> scans = new ArrayList<>();
            while (m.find()) {
                scans.add(m.group());
            }
            return String.join(" / ", scans);
        }
    }

    /** The plans, and the median time to run the statement and read every column of its rows over JDBC. */
    record Probe(Plan generic, Plan custom, double fetchMillis) {
    }

    private static final int FETCH_WARMUP = 20;
    private static final int FETCH_SAMPLES = 50;

    private ListingProbe() {
    }

    static Probe probe(DatabaseSettings db, UUID orgId, UUID workspaceId, Filter filter, int limit)
            throws SQLException {
        String sql = "select " + COLUMNS + " from workflows where org_id = ? and workspace_id = ?"
                + " and deleted_at is null" + (filter.conditions().isEmpty() ? "" : " and " + filter.conditions())
                + " order by " + filter.order() + " limit ?";
        List<Object> params = new ArrayList<>(List.of(orgId, workspaceId));
        params.addAll(filter.params());
        params.add(limit + 1);
        String types = params.stream().map(ListingProbe::type).collect(Collectors.joining(", "));
        String values = params.stream().map(ListingProbe::literal).collect(Collectors.joining(", "));
        try (Connection app = DriverManager.getConnection(db.url(), db.appUser(), db.appPassword());
             Statement s = app.createStatement()) {
            app.setAutoCommit(false);
            try (PreparedStatement tenant = app.prepareStatement("select set_config('app.org_id', ?, true)")) {
                tenant.setString(1, orgId.toString());
                tenant.execute();
            }
            s.execute("prepare listing (" + types + ") as " + numbered(sql));
            // Each plan twice, keeping the second: both then read the same cached pages.
            explainExecute(s, "force_generic_plan", values);
            Plan generic = explainExecute(s, "force_generic_plan", values);
            explainExecute(s, "force_custom_plan", values);
            Plan custom = explainExecute(s, "force_custom_plan", values);
            app.rollback();
            return new Probe(generic, custom, fetchMillis(app, orgId, sql, params));
        }
    }

    /**
     * Like the repository: a transaction that sets the tenant, forces custom plans for itself, runs the statement and
     * reads every column as text. The statements are reused, as a pooled connection's are, so the driver
     * server-prepares them from their fifth use: without the plan_cache_mode line the listing would settle on the
     * generic plan.
     */
    private static double fetchMillis(Connection app, UUID orgId, String sql, List<Object> params)
            throws SQLException {
        Latencies latencies = new Latencies(FETCH_SAMPLES);
        try (PreparedStatement tenant = app.prepareStatement("select set_config('app.org_id', ?, true)");
             PreparedStatement customPlans = app.prepareStatement(CUSTOM_PLANS);
             PreparedStatement list = app.prepareStatement(sql)) {
            tenant.setString(1, orgId.toString());
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                list.setObject(i + 1, p instanceof Instant at ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : p);
            }
            int columns = COLUMNS.split(",").length;
            for (int run = 0; run < FETCH_WARMUP + FETCH_SAMPLES; run++) {
                long started = System.nanoTime();
                tenant.execute();
                try (ResultSet mode = customPlans.executeQuery()) {
                    mode.next();
                    mode.getString(1);
                }
                try (ResultSet rs = list.executeQuery()) {
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            rs.getString(c);
                        }
                    }
                }
                app.commit();
                if (run >= FETCH_WARMUP) {
                    latencies.add(System.nanoTime() - started);
                }
            }
        }
        return latencies.percentileMillis(50);
    }

    private static Plan explainExecute(Statement s, String planCacheMode, String values) throws SQLException {
        s.execute("set local plan_cache_mode = " + planCacheMode);
        StringBuilder text = new StringBuilder();
        try (ResultSet rs = s.executeQuery("explain (analyze, buffers) execute listing(" + values + ")")) {
            while (rs.next()) {
                text.append(rs.getString(1)).append('\n');
            }
        }
        Matcher m = EXECUTION.matcher(text);
        return new Plan(text.toString(), m.find() ? Double.parseDouble(m.group(1)) : Double.NaN);
    }

    /** JDBC's ? placeholders as PREPARE's $1, $2, … (the listing's SQL has no other question marks). */
    private static String numbered(String sql) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                out.append('$').append(++n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The parameter types the JDBC driver sends for these values. */
    private static String type(Object value) {
        return switch (value) {
            case Integer i -> "int";
            case Boolean b -> "boolean";
            case UUID u -> "uuid";
            case Instant t -> "timestamptz";
            default -> "text";
        };
    }

    /** Our own values as SQL literals. */
    private static String literal(Object value) {
        return switch (value) {
            case Integer i -> i.toString();
            case Boolean b -> b.toString();
            default -> "'" + value.toString().replace("'", "''") + "'";
        };
    }
}
