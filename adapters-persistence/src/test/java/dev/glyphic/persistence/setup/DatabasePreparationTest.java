package dev.glyphic.persistence.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.persistence.testing.TestData;
import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The server refuses to start on a database it cannot reach, or with an app role that Row Level Security won't bind. */
class DatabasePreparationTest {
    private static final TestDatabase DB = TestDatabase.get();

    @Test
    void anUnreachableDatabaseStopsTheStartWithItsAddress() {
        DatabaseSettings nowhere = new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/glyphic", "app", "",
                "admin", "");
        DatabaseStartupException refused = assertThrows(DatabaseStartupException.class,
                () -> DatabasePreparation.prepare(nowhere));
        assertTrue(refused.getMessage().contains("cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:1/glyphic"),
                refused.getMessage());
    }

    @Test
    void aSuperuserAppRoleIsRefused() throws SQLException {
        assertRefused("superuser", "is a superuser");
    }

    @Test
    void anAppRoleWithBypassRlsIsRefused() throws SQLException {
        assertRefused("bypassrls", "has BYPASSRLS");
    }

    @Test
    void anAppRoleThatOwnsTablesIsRefused() throws SQLException {
        String role = "glyphic_test_owner_of_" + suffix();
        try (Connection su = DB.superuser(); Statement s = su.createStatement()) {
            s.execute("create role " + role + " login password 'p'");
            s.execute("create table " + role + "_table (id int)");
            s.execute("alter table " + role + "_table owner to " + role);
            try {
                DatabaseStartupException refused = assertThrows(DatabaseStartupException.class,
                        () -> DatabasePreparation.prepare(asApp(role)));
                assertTrue(refused.getMessage().contains("owns tables"), refused.getMessage());
            } finally {
                s.execute("drop table " + role + "_table");
                s.execute("drop role " + role);
            }
        }
    }

    @Test
    void theProvisionedAppRolePasses() {
        long migrated = TestData.count("select count(*) from flyway_schema_history where success");

        DatabasePreparation.prepare(DB.settings());

        assertEquals(migrated, TestData.count("select count(*) from flyway_schema_history where success"),
                "an up-to-date schema is left as it is");
        assertEquals(0, TestData.count("select count(*) from flyway_schema_history where not success"));
    }

    private static void assertRefused(String attribute, String expected) throws SQLException {
        String role = "glyphic_test_" + attribute + "_" + suffix();
        try (Connection su = DB.superuser(); Statement s = su.createStatement()) {
            s.execute("create role " + role + " login password 'p' " + attribute);
            try {
                DatabaseStartupException refused = assertThrows(DatabaseStartupException.class,
                        () -> DatabasePreparation.prepare(asApp(role)));
                assertTrue(refused.getMessage().contains(expected), refused.getMessage());
            } finally {
                s.execute("drop role " + role);
            }
        }
    }

    private static DatabaseSettings asApp(String role) {
        DatabaseSettings real = DB.settings();
        return new DatabaseSettings(real.url(), role, "p", real.adminUser(), real.adminPassword());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
