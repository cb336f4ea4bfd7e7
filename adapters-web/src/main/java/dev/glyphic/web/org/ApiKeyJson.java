package dev.glyphic.web.org;

import dev.glyphic.domain.org.ApiKey;
import java.time.Instant;

public final class ApiKeyJson {
    private ApiKeyJson() {
    }

    public record CreateRequest(String name, String role) {
    }

    /** {@code secret} is present once, in the answer to the key's creation; only its digest is kept. */
    public record Response(String id, String name, String role, String hint, String createdBy, Instant createdAt,
                           Instant lastUsedAt, Instant revokedAt, String secret) {
        public static Response of(ApiKey k, String secret) {
            return new Response(k.id().toString(), k.name().value(), k.role().wireName(), k.hint(),
                    k.createdBy().toString(), k.createdAt(), k.lastUsedAt().orElse(null), k.revokedAt().orElse(null),
                    secret);
        }

        @Override
        public String toString() {
            return "ApiKeyJson.Response[id=" + id + "]";
        }
    }
}
