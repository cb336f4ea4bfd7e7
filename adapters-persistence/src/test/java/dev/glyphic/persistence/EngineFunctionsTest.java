package dev.glyphic.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The engine's cross-tenant functions (V4) are the one way across tenants, so their privileges are the security
 * boundary: only the app role may call the public ones, nobody may call the internal one directly, and they hand
 * out no more than ids.
 */
class EngineFunctionsTest {
    private static final TestDatabase DB = TestDatabase.get();
    private static final List<String> FOR_THE_APP = List.of("engine_claim(text,integer,integer,integer)",
            "engine_renew(text,uuid[],integer)", "engine_overdue(integer)", "engine_purge(integer,integer)",
            "engine_maintain_log_partitions(integer)");

    @Test
    void onlyTheAppRoleMayCallTheEngineFunctions() throws SQLException {
        String stranger = "stranger_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection su = DB.superuser(); Statement s = su.createStatement()) {
            s.execute("create role " + stranger);
            try {
                for (String function : FOR_THE_APP) {
                    assertTrue(privilege(su, DB.settings().appUser(), function), "the app role calls " + function);
                    assertFalse(privilege(su, stranger, function), "PUBLIC does not call " + function);
                }
                assertFalse(privilege(su, DB.settings().appUser(), "engine_admit(integer,integer)"),
                        "admission runs only inside the claim");
            } finally {
                s.execute("drop role " + stranger);
            }
        }
    }

    @Test
    void theAppRoleCannotCallAdmissionDirectly() throws SQLException {
        try (Connection app = DB.app(); Statement s = app.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> s.execute("select engine_admit(1)"));
            assertEquals("42501", refused.getSQLState());
        }
    }

    @Test
    void theEngineFunctionsRunWithAFixedSearchPath() throws SQLException {
        try (Connection su = DB.superuser(); Statement s = su.createStatement();
             ResultSet rs = s.executeQuery("select proname, prosecdef, proconfig from pg_proc "
                     + "where proname like 'engine\\_%'")) {
            int seen = 0;
            while (rs.next()) {
                seen++;
                assertTrue(rs.getBoolean("prosecdef"), rs.getString("proname") + " is security definer");
                String config = rs.getString("proconfig");
                assertTrue(config != null && config.contains("search_path=public, pg_temp"),
                        rs.getString("proname") + " pins its search_path, so no caller's schema can shadow a table");
            }
            assertEquals(6, seen);
        }
    }

    @Test
    void renewalExtendsOnlyTheLeasesTheWorkerHolds() throws SQLException {
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        try (Connection su = DB.superuser(); Statement s = su.createStatement()) {
            UUID org = UUID.randomUUID();
            UUID user = UUID.randomUUID();
            UUID workspace = UUID.randomUUID();
            UUID workflow = UUID.randomUUID();
            UUID execution = UUID.randomUUID();
            s.execute("insert into users (id, email, name, created_at, updated_at) values ('" + user + "', 'e-" + user
                    + "@example.com', 'E', now(), now())");
            s.execute("insert into organizations (id, name, slug, created_at, updated_at) values ('" + org
                    + "', 'O', 'o-" + org + "', now(), now())");
            s.execute("insert into workspaces values ('" + org + "', '" + workspace + "', 'W', 'w', now(), now())");
            s.execute("insert into workflows (org_id, id, workspace_id, name, is_active, is_public, definition, version, "
                    + "is_valid, created_by, created_at, updated_by, updated_at) values ('" + org + "', '" + workflow
                    + "', '" + workspace + "', 'F', false, false, '{}', 1, true, '" + user + "', now(), '" + user
                    + "', now())");
            s.execute("insert into executions (org_id, id, workspace_id, workflow_id, workflow_version, status, "
                    + "trigger_type, trigger_data, input, entry_nodes, timeout_ms, created_at, started_at) values ('"
                    + org + "', '" + execution + "', '" + workspace + "', '" + workflow + "', 1, 'running', 'manual', "
                    + "'null', 'null', '{a,b}', 60000, now(), now())");
            for (Object[] run : List.of(new Object[] {mine, "a", "worker-1"}, new Object[] {theirs, "b", "worker-2"})) {
                s.execute("insert into node_runs (org_id, id, execution_id, node_id, status, scheduled_at, created_at, "
                        + "started_at, locked_by, locked_until) values ('" + org + "', '" + run[0] + "', '" + execution
                        + "', '" + run[1] + "', 'running', now(), now(), now(), '" + run[2] + "', now())");
            }
        }
        try (Connection app = DB.app(); PreparedStatement s = app.prepareStatement("select engine_renew(?, ?, ?)")) {
            s.setString(1, "worker-1");
            s.setArray(2, app.createArrayOf("uuid", new Object[] {mine, theirs}));
            s.setInt(3, 60_000);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(mine, rs.getObject(1, UUID.class));
                assertFalse(rs.next(), "another worker's lease is not extended");
            }
        }
    }

    @Test
    void partitionMaintenancePreparesTheComingMonthsAndDropsMonthsPastEveryRetention() throws SQLException {
        try (Connection su = DB.superuser(); Statement s = su.createStatement()) {
            s.execute("create table if not exists execution_logs_200001 partition of execution_logs "
                    + "for values from ('2000-01-01') to ('2000-02-01')");
        }
        try (Connection app = DB.app(); Statement s = app.createStatement()) {
            s.execute("select engine_maintain_log_partitions()");
        }
        assertFalse(partitionNames().contains("execution_logs_200001"), "a month past every org's retention is dropped");
        // The months as the database counts them (its time zone decides where a month begins).
        try (Connection su = DB.superuser(); Statement s = su.createStatement();
             ResultSet rs = s.executeQuery("select 'execution_logs_' || to_char(date_trunc('month', now()) "
                     + "+ make_interval(months => n), 'YYYYMM') from generate_series(0, 2) n")) {
            while (rs.next()) {
                assertTrue(partitionNames().contains(rs.getString(1)), rs.getString(1) + " is ready");
            }
        }
    }

    private static List<String> partitionNames() throws SQLException {
        try (Connection su = DB.superuser(); Statement s = su.createStatement();
             ResultSet rs = s.executeQuery("select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid "
                     + "where i.inhparent = 'execution_logs'::regclass")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    private static boolean privilege(Connection su, String role, String function) throws SQLException {
        try (PreparedStatement s = su.prepareStatement("select has_function_privilege(?, ?, 'execute')")) {
            s.setString(1, role);
            s.setString(2, function);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
