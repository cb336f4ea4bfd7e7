package dev.glyphic.persistence.setup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by Glyphic itself, with its data under a directory of the user's choosing, so that a
 * newcomer needs nothing but a JDK. For development only: it listens on localhost and trusts local connections.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final DatabaseSettings settings;

    private EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseSettings settings) {
        this.postgres = postgres;
        this.settings = settings;
    }

    /** Starts (or restarts, keeping its data) the server in {@code dataDirectory}, with Glyphic's roles and database. */
    public static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.resolve("pgdata"))
                    .setOverrideWorkingDirectory(dataDirectory.resolve("pgbin").toFile())
                    .setCleanDataDirectory(false)
                    .start();
            String serverUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            DatabaseSettings settings;
            try (Connection superuser = postgres.getPostgresDatabase().getConnection()) {
                settings = Provisioning.ensure(superuser, serverUrl, "glyphic", "glyphic_owner", "glyphic_app",
                        "glyphic-dev");
            }
            LOG.warn("Running on an embedded PostgreSQL in {} (port {}). For development only: set GLYPHIC_DB_URL "
                    + "for a real server.", dataDirectory.toAbsolutePath(), postgres.getPort());
            return new EmbeddedDatabase(postgres, settings);
        } catch (IOException | SQLException e) {
            throw new DatabaseStartupException("cannot start the embedded PostgreSQL in " + dataDirectory + ": "
                    + e.getMessage(), e);
        }
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
