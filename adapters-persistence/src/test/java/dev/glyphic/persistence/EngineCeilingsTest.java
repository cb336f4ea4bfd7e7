package dev.glyphic.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's ceilings reach the engine functions (V6) as parameters: an org's stored concurrency and retention
 * count up to them only, so a value chosen before a ceiling was lowered is lowered where it is used.
 */
class EngineCeilingsTest {
    private static final TestDatabase DB = TestDatabase.get();

    private final UUID org = UUID.randomUUID();
    private final UUID workspace = UUID.randomUUID();
    private final UUID workflow = UUID.randomUUID();

    @BeforeEach
    void orgWithGenerousLimits() throws SQLException {
        UUID user = UUID.randomUUID();
        execute("insert into users (id, email, name, created_at, updated_at) values ('" + user + "', 'c-" + user
                + "@example.com', 'C', now(), now())");
        execute("insert into organizations (id, name, slug, created_at, updated_at, max_concurrent_executions, "
                + "execution_retention_days) values ('" + org + "', 'O', 'o-" + org + "', now(), now(), 50, 30)");
        execute("insert into workspaces values ('" + org + "', '" + workspace + "', 'W', 'w', now(), now())");
        execute("insert into workflows (org_id, id, workspace_id, name, is_active, is_public, definition, version, "
                + "is_valid, created_by, created_at, updated_by, updated_at) values ('" + org + "', '" + workflow
                + "', '" + workspace + "', 'F', false, false, '{}', 1, true, '" + user + "', now(), '" + user
                + "', now())");
    }

    @Test
    void admissionKeepsAnOrgWithinTheConcurrencyCeilingWhateverItStored() throws SQLException {
        for (int i = 0; i < 3; i++) {
            execution("queued", "now()");
        }

        admit("1");
        assertEquals(1, count("status = 'running'"), "the ceiling of 1 is below the org's 50");
        admit("2");
        assertEquals(2, count("status = 'running'"));
        admit("null");
        assertEquals(3, count("status = 'running'"), "without a ceiling, the org's own limit");
    }

    @Test
    void thePurgeKeepsFinishedExecutionsNoLongerThanTheRetentionCeiling() throws SQLException {
        execution("succeeded", "now() - interval '10 days'");

        execute("select engine_purge(100, null)");
        assertEquals(1, count("true"), "the org keeps 30 days");
        execute("select engine_purge(100, 5)");
        assertEquals(0, count("true"), "the operator allows 5");
    }

    private void execution(String status, String createdAt) throws SQLException {
        boolean finished = !status.equals("queued");
        execute("insert into executions (org_id, id, workspace_id, workflow_id, workflow_version, status, "
                + "trigger_type, trigger_data, input, entry_nodes, timeout_ms, created_at, started_at, completed_at) "
                + "values ('" + org + "', gen_random_uuid(), '" + workspace + "', '" + workflow + "', 1, '" + status
                + "', 'schedule', 'null', 'null', '{a}', 60000, " + createdAt + ", "
                + (finished ? createdAt : "null") + ", " + (finished ? createdAt : "null") + ")");
    }

    /** One admission round, waiting for the admission lock that engine_admit only tries for. */
    private static void admit(String ceiling) throws SQLException {
        try (Connection su = DB.superuser()) {
            su.setAutoCommit(false);
            try (Statement s = su.createStatement()) {
                s.execute("select pg_advisory_xact_lock(hashtext('glyphic.engine.admission'))");
                s.execute("select engine_admit(1000, " + ceiling + ")");
            }
            su.commit();
        }
    }

    private long count(String condition) throws SQLException {
        try (Connection su = DB.superuser(); Statement s = su.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from executions where org_id = '" + org + "' and "
                     + condition)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String statement) throws SQLException {
        try (Connection su = DB.superuser(); Statement s = su.createStatement()) {
            s.execute(statement);
        }
    }
}
