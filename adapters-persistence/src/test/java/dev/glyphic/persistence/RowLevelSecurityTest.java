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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Raw SQL as the application's role, with nothing of ours in between: the database alone keeps tenants apart.
 */
class RowLevelSecurityTest {
    private static final TestDatabase DB = TestDatabase.get();
    private static final UUID ORG_A = UUID.randomUUID();
    private static final UUID ORG_B = UUID.randomUUID();
    private static final UUID USER = UUID.randomUUID();
    private static final List<String> TENANT_TABLES =
            List.of("organizations", "memberships", "workspaces", "invitations", "api_keys", "audit_events",
                    "workflows", "workflow_versions", "workflow_templates", "executions", "node_runs",
                    "execution_logs", "execution_outputs");

    @BeforeAll
    static void twoTenants() throws SQLException {
        try (Connection su = DB.superuser(); Statement s = su.createStatement()) {
            s.execute("insert into users (id, email, name, created_at, updated_at) values ('" + USER
                    + "', 'rls-" + USER + "@example.com', 'R', now(), now())");
            for (UUID org : List.of(ORG_A, ORG_B)) {
                String tag = org.toString().substring(0, 8);
                s.execute("insert into organizations values ('" + org + "', 'Org', 'o" + tag + "', now(), now())");
                s.execute("insert into memberships values ('" + org + "', '" + USER + "', 'owner', now())");
                UUID workspace = UUID.randomUUID();
                UUID workflow = UUID.randomUUID();
                s.execute("insert into workspaces values ('" + org + "', '" + workspace + "', 'W', 'w', now(), now())");
                s.execute("insert into workflows (org_id, id, workspace_id, name, is_active, is_public, definition, "
                        + "version, is_valid, created_by, created_at, updated_by, updated_at) values ('" + org + "', '"
                        + workflow + "', '" + workspace + "', 'F', false, false, '{\"nodes\": []}', 1, false, '" + USER
                        + "', now(), '" + USER + "', now())");
                s.execute("insert into workflow_versions values ('" + org + "', '" + workflow + "', 1, "
                        + "'{\"nodes\": []}', '', '" + USER + "', now())");
                s.execute("insert into workflow_templates (org_id, id, name, definition, is_public, created_by, "
                        + "created_at) values ('" + org + "', gen_random_uuid(), 'private', '{}', false, '" + USER
                        + "', now())");
                s.execute("insert into invitations values ('" + org + "', gen_random_uuid(), 'x@example.com', "
                        + "'member', '" + USER + "', 'd" + tag + "', now(), now() + interval '1 day', null)");
                s.execute("insert into api_keys values ('" + org + "', gen_random_uuid(), 'k', 'member', '" + USER
                        + "', 'k" + tag + "', 'gk_…', now(), null, null)");
                s.execute("insert into audit_events (org_id, id, occurred_at, action, target_type) values ('" + org
                        + "', gen_random_uuid(), now(), 'test', 'test')");
                UUID execution = UUID.randomUUID();
                s.execute("insert into executions (org_id, id, workspace_id, workflow_id, workflow_version, status, "
                        + "trigger_type, trigger_data, input, entry_nodes, timeout_ms, created_at) values ('" + org
                        + "', '" + execution + "', '" + workspace + "', '" + workflow + "', 1, 'queued', 'manual', "
                        + "'null', 'null', '{start}', 60000, now())");
                s.execute("insert into node_runs (org_id, id, execution_id, node_id, status, scheduled_at, created_at) "
                        + "values ('" + org + "', gen_random_uuid(), '" + execution + "', 'start', 'pending', now(), "
                        + "now())");
                s.execute("insert into execution_logs (org_id, execution_id, logged_at, id, level, message) values ('"
                        + org + "', '" + execution + "', now(), gen_random_uuid(), 'info', 'queued')");
                s.execute("insert into execution_outputs (org_id, id, execution_id, node_id, output_type, data, "
                        + "created_at) values ('" + org + "', gen_random_uuid(), '" + execution + "', 'n', 'text', "
                        + "'{}', now())");
            }
        }
    }

    @Test
    void aPublicTemplateIsReadableFromAnotherTenantButNotWritable() throws SQLException {
        UUID published;
        try (Connection su = DB.superuser(); Statement s = su.createStatement()) {
            published = UUID.randomUUID();
            s.execute("insert into workflow_templates (org_id, id, name, definition, is_public, created_by, "
                    + "created_at) values ('" + ORG_B + "', '" + published + "', 'public', '{}', true, '" + USER
                    + "', now())");
        }
        try (Connection app = DB.app()) {
            assertEquals(0, count(app, "select count(*) from workflow_templates"), "no tenant, not even public ones");
            app.setAutoCommit(false);
            setTenant(app, ORG_A);
            assertEquals(1, count(app, "select count(*) from workflow_templates where org_id = '" + ORG_B + "'"),
                    "org A sees B's public template and not its private one");
            assertEquals(0, executeUpdate(app, "update workflow_templates set name = 'taken' where id = '"
                    + published + "'"));
            assertEquals(0, executeUpdate(app, "delete from workflow_templates where id = '" + published + "'"));
            app.rollback();
        }
    }

    @Test
    void withNoTenantSetNoTenantRowIsVisible() throws SQLException {
        try (Connection app = DB.app()) {
            for (String table : TENANT_TABLES) {
                assertEquals(0, count(app, "select count(*) from " + table), table);
            }
        }
    }

    @Test
    void aTenantSeesOnlyItsOwnRows() throws SQLException {
        try (Connection app = DB.app()) {
            app.setAutoCommit(false);
            setTenant(app, ORG_A);
            for (String table : TENANT_TABLES) {
                String orgColumn = table.equals("organizations") ? "id" : "org_id";
                // Public templates are meant for everyone (see the test below); nothing else of B may show.
                String mine = table.equals("workflow_templates") ? " and not is_public" : "";
                assertEquals(0, count(app, "select count(*) from " + table + " where " + orgColumn + " = '" + ORG_B
                        + "'" + mine), table + " leaks org B");
                assertTrue(count(app, "select count(*) from " + table) >= 1, table + " hides org A");
            }
            app.rollback();
        }
    }

    @Test
    void aTenantCannotInsertRowsOfAnother() throws SQLException {
        try (Connection app = DB.app()) {
            app.setAutoCommit(false);
            setTenant(app, ORG_A);
            SQLException refused = assertThrows(SQLException.class, () -> execute(app,
                    "insert into workspaces values ('" + ORG_B + "', gen_random_uuid(), 'X', 'x', now(), now())"));
            assertEquals("42501", refused.getSQLState(), "row-level security violation");
            app.rollback();
        }
    }

    @Test
    void aTenantCannotUpdateOrDeleteRowsOfAnother() throws SQLException {
        try (Connection app = DB.app()) {
            app.setAutoCommit(false);
            setTenant(app, ORG_A);
            assertEquals(0, executeUpdate(app, "update workspaces set name = 'taken' where org_id = '" + ORG_B + "'"));
            assertEquals(0, executeUpdate(app, "delete from memberships where org_id = '" + ORG_B + "'"));
            assertEquals(0, executeUpdate(app, "delete from organizations where id = '" + ORG_B + "'"));
            SQLException moved = assertThrows(SQLException.class, () -> executeUpdate(app,
                    "update workspaces set org_id = '" + ORG_B + "' where org_id = '" + ORG_A + "'"));
            assertEquals("42501", moved.getSQLState(), "moving a row into another tenant is refused");
            app.rollback();
        }
        try (Connection su = DB.superuser()) {
            assertEquals(1, count(su, "select count(*) from workspaces where org_id = '" + ORG_B + "' and name = 'W'"));
            assertEquals(1, count(su, "select count(*) from organizations where id = '" + ORG_B + "'"));
        }
    }

    @Test
    void theTenantSettingDoesNotOutliveItsTransaction() throws SQLException {
        try (Connection app = DB.app()) {
            app.setAutoCommit(false);
            setTenant(app, ORG_A);
            app.commit();
            assertEquals(0, count(app, "select count(*) from workspaces"), "a pooled connection starts clean");
            app.rollback();
        }
    }

    @Test
    void theAppRoleCannotBypassSecurity() throws SQLException {
        try (Connection app = DB.app()) {
            assertFalse(bool(app, "select rolsuper or rolbypassrls from pg_roles where rolname = current_user"));
            assertEquals(0, count(app, "select count(*) from pg_tables where tableowner = current_user"));
            SQLException refused = assertThrows(SQLException.class,
                    () -> execute(app, "alter table workspaces disable row level security"));
            assertEquals("42501", refused.getSQLState());
        }
    }

    @Test
    void theAuditTrailIsAppendOnlyForTheApp() throws SQLException {
        try (Connection app = DB.app()) {
            app.setAutoCommit(false);
            setTenant(app, ORG_A);
            SQLException refused = assertThrows(SQLException.class,
                    () -> executeUpdate(app, "delete from audit_events"));
            assertEquals("42501", refused.getSQLState());
            app.rollback();
        }
    }

    private static void setTenant(Connection c, UUID org) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select set_config('app.org_id', ?, true)")) {
            s.setString(1, org.toString());
            s.execute();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean bool(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int executeUpdate(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }
}
