package dev.glyphic.application.webhook;

import dev.glyphic.application.port.out.webhook.Webhooks;
import dev.glyphic.domain.webhook.WebhookPath;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Which org a webhook path belongs to, remembered for a short while: the lookup across tenants costs a transaction of
 * its own, and a busy webhook is called many times a second. Only found paths are kept (an unknown path is asked
 * again, so a new webhook answers at once), and nothing is trusted: the org's transaction reads the webhook itself
 * and refuses it when it is gone or off. Bounded: when full, it starts over.
 */
final class PathCache {
    private static final int MAX_ENTRIES = 10_000;
    private static final long TTL_NANOS = Duration.ofSeconds(30).toNanos();

    private record Entry(Webhooks.Address address, long expiresAt) {
    }

    private final Webhooks webhooks;
    private final LongSupplier nanos;
    private final Map<WebhookPath, Entry> entries = new ConcurrentHashMap<>();

    PathCache(Webhooks webhooks, LongSupplier nanos) {
        this.webhooks = webhooks;
        this.nanos = nanos;
    }

    Optional<Webhooks.Address> locate(WebhookPath path) {
        long now = nanos.getAsLong();
        Entry entry = entries.get(path);
        if (entry != null && now - entry.expiresAt() < 0) {
            return Optional.of(entry.address());
        }
        Optional<Webhooks.Address> found = webhooks.locate(path);
        if (found.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(path, new Entry(found.get(), now + TTL_NANOS));
        } else {
            entries.remove(path);
        }
        return found;
    }
}
