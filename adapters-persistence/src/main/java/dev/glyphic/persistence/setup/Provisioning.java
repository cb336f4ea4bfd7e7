package dev.glyphic.persistence.setup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates Glyphic's two roles and its database on a server where we hold a superuser: the embedded development
 * database and the test databases. Production operators create them themselves (see docs/operations.md).
 */
public final class Provisioning {
    private Provisioning() {
    }

    /** Creates what is missing and leaves what exists; returns the settings to reach the new database. */
    public static DatabaseSettings ensure(Connection superuser, String serverUrl, String database,
                                          String adminRole, String appRole, String password) throws SQLException {
        ensureRole(superuser, adminRole, password, "");
        ensureRole(superuser, appRole, password, " nosuperuser nobypassrls nocreatedb nocreaterole");
        if (!exists(superuser, "select 1 from pg_database where datname = ?", database)) {
            try (Statement statement = superuser.createStatement()) {
                statement.execute("create database " + DatabasePreparation.quoteIdentifier(database) + " owner "
                        + DatabasePreparation.quoteIdentifier(adminRole));
            }
        }
        return new DatabaseSettings(JdbcUrls.withDatabase(serverUrl, database), appRole, password, adminRole,
                password);
    }

    /** Drops a database and roles made by {@link #ensure}, closing whatever still connects to it. */
    public static void drop(Connection superuser, String database, String... roles) throws SQLException {
        try (Statement statement = superuser.createStatement()) {
            statement.execute("drop database if exists " + DatabasePreparation.quoteIdentifier(database)
                    + " with (force)");
            for (String role : roles) {
                statement.execute("drop role if exists " + DatabasePreparation.quoteIdentifier(role));
            }
        }
    }

    private static void ensureRole(Connection superuser, String role, String password, String options)
            throws SQLException {
        if (exists(superuser, "select 1 from pg_roles where rolname = ?", role)) {
            return;
        }
        try (Statement statement = superuser.createStatement()) {
            statement.execute("create role " + DatabasePreparation.quoteIdentifier(role) + " login password '"
                    + password.replace("'", "''") + "'" + options);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }
}
