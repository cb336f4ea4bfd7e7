package dev.glyphic.persistence.testing;

import dev.glyphic.persistence.setup.DatabaseSettings;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The persistence adapter wired by Micronaut on the test database, once per test JVM. It connects as the restricted
 * app role, never as the owner or a superuser, so Row Level Security applies to every repository call under test.
 */
public final class PersistenceContext {
    private static ApplicationContext context;

    private PersistenceContext() {
    }

    public static synchronized <T> T bean(Class<T> type) {
        if (context == null) {
            context = start();
        }
        return context.getBean(type);
    }

    private static ApplicationContext start() {
        // Enough for the concurrency tests, which hold two transactions open at once.
        ApplicationContext started = start(Map.of("datasources.default.maximum-pool-size", "4"));
        Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        return started;
    }

    /** Another context of its own (a tiny pool, say) on the same test database; the caller closes it. */
    public static ApplicationContext start(Map<String, Object> overrides) {
        DatabaseSettings db = TestDatabase.get().settings();
        Map<String, Object> properties = new HashMap<>(Map.of(
                "datasources.default.url", db.url(),
                "datasources.default.username", db.appUser(),
                "datasources.default.password", db.appPassword(),
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.dialect", "POSTGRES"));
        properties.putAll(overrides);
        return ApplicationContext.run(properties);
    }
}
