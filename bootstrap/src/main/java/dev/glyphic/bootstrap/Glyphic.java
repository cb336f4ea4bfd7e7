package dev.glyphic.bootstrap;

import dev.glyphic.bootstrap.config.LaunchSettings;
import dev.glyphic.bootstrap.config.StartupProblem;
import dev.glyphic.persistence.setup.DatabasePreparation;
import dev.glyphic.persistence.setup.DatabaseSettings;
import dev.glyphic.persistence.setup.DatabaseStartupException;
import dev.glyphic.persistence.setup.EmbeddedDatabase;
import io.micronaut.runtime.Micronaut;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Starts the all-in-one server: settle the database (the configured one, or an embedded one for development),
 * migrate it and check the app role, then start Micronaut. Anything wrong stops the start with one clear line.
 */
public final class Glyphic {
    private static final Logger LOG = LoggerFactory.getLogger(Glyphic.class);

    private Glyphic() {
    }

    public static void main(String[] args) {
        routeJavaUtilLogging();
        try {
            LaunchSettings launch = LaunchSettings.fromEnvironment(System.getenv());
            DatabaseSettings db;
            String jwtSecret;
            String masterKey;
            if (launch.database().isPresent()) {
                db = launch.database().get();
                jwtSecret = launch.jwtSecret().orElseThrow();
                masterKey = launch.masterKey().orElseThrow();
            } else {
                // Owner-only before anything is written into it: the database files and secrets live there.
                dataDirectory(launch.dataDirectory());
                EmbeddedDatabase embedded = EmbeddedDatabase.start(launch.dataDirectory().resolve("postgres"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(embedded)));
                db = embedded.settings();
                DevSecrets dev = DevSecrets.loadOrCreate(launch.dataDirectory());
                jwtSecret = launch.jwtSecret().orElse(dev.jwtSecret());
                masterKey = launch.masterKey().orElse(dev.masterKey());
                LOG.warn("""

                        *************************************************************************************
                        *  DEVELOPMENT MODE: no GLYPHIC_DB_URL, so Glyphic runs on an embedded PostgreSQL     *
                        *  with generated secrets stored in {}.
                        *  Do not use this for anything real.                                                *
                        *************************************************************************************""",
                        launch.dataDirectory().toAbsolutePath());
            }
            DatabasePreparation.prepare(db);
            LOG.info("Listening on {}:{} (GLYPHIC_BIND_ADDRESS, GLYPHIC_PORT)", launch.bindAddress(), launch.port());
            Micronaut.build(args)
                    .mainClass(Glyphic.class)
                    .properties(launch.properties(db, jwtSecret, masterKey))
                    .start();
        } catch (RuntimeException e) {
            // Bean factories raise StartupProblem too, wrapped by the framework: report the reason, not the wrapping.
            Throwable reason = e;
            while (reason != null && !(reason instanceof StartupProblem || reason instanceof DatabaseStartupException)) {
                reason = reason.getCause();
            }
            if (reason == null) {
                throw e;
            }
            System.err.println("Glyphic cannot start: " + reason.getMessage());
            System.exit(1);
        }
    }

    /**
     * Sends java.util.logging (the application layer's logging, it having no logging library of its own) to SLF4J,
     * so that its lines take the server's format, level and request id. Before anything logs; idempotent, so that
     * a test harness starting servers of its own can call it too.
     */
    public static void routeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    private static void dataDirectory(Path directory) {
        try {
            OwnerOnly.directory(directory);
        } catch (IOException e) {
            throw new StartupProblem("cannot create the data directory " + directory + ": " + e.getMessage());
        }
    }

    private static void closeQuietly(EmbeddedDatabase embedded) {
        try {
            embedded.close();
        } catch (Exception e) {
            System.err.println("could not stop the embedded PostgreSQL: " + e.getMessage());
        }
    }
}
