package dev.glyphic.persistence.setup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;

/**
 * Everything that must hold before the server takes a request: the database answers, the schema is migrated (as the
 * admin role), and the app role is one that Row Level Security actually binds.
 */
public final class DatabasePreparation {
    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    private DatabasePreparation() {
    }

    public static void prepare(DatabaseSettings settings) {
        try (Connection admin = connect(settings.url(), settings.adminUser(), settings.adminPassword())) {
            // Reachable; Flyway opens its own connection.
        } catch (SQLException e) {
            throw new DatabaseStartupException("cannot reach PostgreSQL at " + settings.url() + " as "
                    + settings.adminUser() + ": " + e.getMessage(), e);
        }
        migrate(settings);
        checkAppRole(settings);
    }

    static void migrate(DatabaseSettings settings) {
        Flyway.configure()
                .dataSource(settings.url(), settings.adminUser(), settings.adminPassword())
                .locations("classpath:db/migration")
                .placeholders(Map.of("approle", quoteIdentifier(settings.appUser())))
                .load()
                .migrate();
    }

    /** Refuses an app role that would silently see every tenant's rows. */
    static void checkAppRole(DatabaseSettings settings) {
        try (Connection app = connect(settings.url(), settings.appUser(), settings.appPassword());
             PreparedStatement check = app.prepareStatement("""
                     select r.rolsuper, r.rolbypassrls,
                            (select count(*) from pg_tables t where t.tableowner = current_user
                                and t.schemaname = current_schema()) as owned
                     from pg_roles r where r.rolname = current_user""");
             ResultSet rs = check.executeQuery()) {
            rs.next();
            String role = settings.appUser();
            if (rs.getBoolean("rolsuper")) {
                throw new DatabaseStartupException("the app role '" + role + "' is a superuser, which bypasses Row "
                        + "Level Security; use a role without SUPERUSER (GLYPHIC_DB_USER)");
            }
            if (rs.getBoolean("rolbypassrls")) {
                throw new DatabaseStartupException("the app role '" + role + "' has BYPASSRLS; "
                        + "run ALTER ROLE " + role + " NOBYPASSRLS");
            }
            if (rs.getLong("owned") > 0) {
                throw new DatabaseStartupException("the app role '" + role + "' owns tables, so Row Level Security "
                        + "may not bind it; let GLYPHIC_DB_ADMIN_USER own the schema and give the app role its own "
                        + "login");
            }
        } catch (SQLException e) {
            throw new DatabaseStartupException("cannot connect to PostgreSQL at " + settings.url() + " as the app role "
                    + settings.appUser() + ": " + e.getMessage(), e);
        }
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        return DriverManager.getConnection(url, properties);
    }

    static String quoteIdentifier(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
