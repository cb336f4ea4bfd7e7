package dev.glyphic.web.org;

import dev.glyphic.domain.org.ApiKey;
import dev.glyphic.web.openapi.NameText;
import dev.glyphic.web.openapi.Required;
import dev.glyphic.web.openapi.RoleName;
import dev.glyphic.web.openapi.Timestamp;
import dev.glyphic.web.openapi.Uuid;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

public final class ApiKeyJson {
    private ApiKeyJson() {
    }

    public record CreateRequest(@Required @NameText String name, @Required @RoleName String role) {
    }

    /** {@code secret} is present once, in the answer to the key's creation; only its digest is kept. */
    public record Response(@Uuid String id, @NameText String name, @RoleName String role,
                           @Schema(maxLength = 100) String hint, @Uuid String createdBy,
                           @Timestamp Instant createdAt, @Timestamp Instant lastUsedAt, @Timestamp Instant revokedAt,
                           @Schema(maxLength = 200) String secret) {
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
