package dev.glyphic.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The database makes ids as the application does (V10): UUIDv7, so they sort by the time they were made. */
class UuidV7Test {
    private static final TestDatabase DB = TestDatabase.get();

    @Test
    void theDatabasesIdsAreVersion7OfVariant2WithTheTimeOfTheCall() throws SQLException {
        try (Connection app = DB.app(); Statement s = app.createStatement()) {
            for (int i = 0; i < 20; i++) {
                long before = System.currentTimeMillis();
                UUID id = one(s, "select uuid_v7()");
                long after = System.currentTimeMillis();

                assertV7(id);
                assertTrue(before <= millis(id) && millis(id) <= after,
                        "the id's time " + millis(id) + " lies within the call [" + before + ", " + after + "]");
            }
        }
    }

    @Test
    void idsOfLaterCallsSortAfterThoseOfEarlierMilliseconds() throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection app = DB.app(); Statement s = app.createStatement()) {
            // Calls until three milliseconds have passed: ids within one millisecond are random among themselves.
            while (ids.isEmpty() || millis(ids.get(ids.size() - 1)) < millis(ids.get(0)) + 3) {
                ids.add(one(s, "select uuid_v7()"));
            }
        }
        for (int i = 1; i < ids.size(); i++) {
            UUID earlier = ids.get(i - 1);
            UUID later = ids.get(i);
            assertTrue(millis(earlier) <= millis(later), "time does not go back between calls");
            if (millis(earlier) < millis(later)) {
                assertTrue(earlier.toString().compareTo(later.toString()) < 0,
                        earlier + " sorts before " + later + ", as the database orders uuids (bytewise)");
            }
        }
    }

    @Test
    void admissionCreatesTheNodeRunsOfAnExecutionWithVersion7Ids() throws SQLException {
        UUID org = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        UUID workspace = UUID.randomUUID();
        UUID workflow = UUID.randomUUID();
        execute("insert into users (id, email, name, created_at, updated_at) values ('" + user + "', 'v-" + user
                + "@example.com', 'V', now(), now())");
        execute("insert into organizations (id, name, slug, created_at, updated_at) values ('" + org + "', 'O', 'o-"
                + org + "', now(), now())");
        execute("insert into workspaces values ('" + org + "', '" + workspace + "', 'W', 'w', now(), now())");
        execute("insert into workflows (org_id, id, workspace_id, name, is_active, is_public, definition, version, "
                + "is_valid, created_by, created_at, updated_by, updated_at) values ('" + org + "', '" + workflow
                + "', '" + workspace + "', 'F', false, false, '{}', 1, true, '" + user + "', now(), '" + user
                + "', now())");
        execute("insert into executions (org_id, id, workspace_id, workflow_id, workflow_version, status, "
                + "trigger_type, trigger_data, input, entry_nodes, timeout_ms, created_at) values ('" + org
                + "', gen_random_uuid(), '" + workspace + "', '" + workflow + "', 1, 'queued', 'manual', 'null', "
                + "'null', '{a,b}', 60000, now())");
        long before = System.currentTimeMillis();

        admit();

        long after = System.currentTimeMillis();
        List<UUID> runs = new ArrayList<>();
        try (Connection su = DB.superuser(); Statement s = su.createStatement();
             ResultSet rs = s.executeQuery("select id from node_runs where org_id = '" + org + "'")) {
            while (rs.next()) {
                runs.add(rs.getObject(1, UUID.class));
            }
        }
        assertEquals(2, runs.size(), "one run per entry node");
        for (UUID run : runs) {
            assertV7(run);
            assertTrue(before <= millis(run) && millis(run) <= after, run + " was made during admission");
        }
    }

    private static void assertV7(UUID id) {
        assertEquals(7, id.version(), id + " is version 7");
        assertEquals(2, id.variant(), id + " is of variant 2 (binary 10)");
        assertFalse(id.toString().startsWith("00000000"), id + " carries a time");
    }

    /** The 48-bit Unix time in milliseconds at the front of a UUIDv7. */
    private static long millis(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }

    /** One admission round, waiting for the admission lock that engine_admit only tries for. */
    private static void admit() throws SQLException {
        try (Connection su = DB.superuser()) {
            su.setAutoCommit(false);
            try (Statement s = su.createStatement()) {
                s.execute("select pg_advisory_xact_lock(hashtext('glyphic.engine.admission'))");
                s.execute("select engine_admit(1000)");
            }
            su.commit();
        }
    }

    private static UUID one(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    private static void execute(String statement) throws SQLException {
        try (Connection su = DB.superuser(); Statement s = su.createStatement()) {
            s.execute(statement);
        }
    }
}
