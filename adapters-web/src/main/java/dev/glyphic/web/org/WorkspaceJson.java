package dev.glyphic.web.org;

import dev.glyphic.domain.org.Workspace;
import dev.glyphic.web.openapi.NameText;
import dev.glyphic.web.openapi.Required;
import dev.glyphic.web.openapi.SlugText;
import dev.glyphic.web.openapi.Timestamp;
import dev.glyphic.web.openapi.Uuid;
import java.time.Instant;

public final class WorkspaceJson {
    private WorkspaceJson() {
    }

    public record CreateRequest(@Required @NameText String name, @Required @SlugText String slug) {
    }

    /** Absent fields stay as they are. */
    public record UpdateRequest(@NameText String name, @SlugText String slug) {
    }

    public record Response(@Uuid String id, @Uuid String orgId, @NameText String name, @SlugText String slug,
                           @Timestamp Instant createdAt, @Timestamp Instant updatedAt) {
        public static Response of(Workspace w) {
            return new Response(w.id().toString(), w.orgId().toString(), w.name().value(), w.slug().value(),
                    w.createdAt(), w.updatedAt());
        }
    }
}
