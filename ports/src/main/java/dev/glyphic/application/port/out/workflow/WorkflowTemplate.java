package dev.glyphic.application.port.out.workflow;

import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.workflow.TemplateId;
import java.time.Instant;
import java.util.Objects;

/**
 * A reusable starting point for workflows. Private to its organization, or public: readable by every
 * organization, published only by its own organization's admins.
 */
public record WorkflowTemplate(TemplateId id, OrgId orgId, DisplayName name, String description, String category,
                               Json.Obj definition, boolean shared, UserId createdBy, Instant createdAt) {
    public WorkflowTemplate {
        Objects.requireNonNull(id);
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        Objects.requireNonNull(category);
        Objects.requireNonNull(definition);
        Objects.requireNonNull(createdBy);
        Objects.requireNonNull(createdAt);
    }
}
