package dev.glyphic.web.org;

import dev.glyphic.domain.org.Workspace;
import java.time.Instant;

public final class WorkspaceJson {
    private WorkspaceJson() {
    }

    public record CreateRequest(String name, String slug) {
    }

    /** Absent fields stay as they are. */
    public record UpdateRequest(String name, String slug) {
    }

    public record Response(String id, String orgId, String name, String slug, Instant createdAt, Instant updatedAt) {
        public static Response of(Workspace w) {
            return new Response(w.id().toString(), w.orgId().toString(), w.name().value(), w.slug().value(),
                    w.createdAt(), w.updatedAt());
        }
    }
}
