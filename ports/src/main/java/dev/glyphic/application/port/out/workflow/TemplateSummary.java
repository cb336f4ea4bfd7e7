package dev.glyphic.application.port.out.workflow;

import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.workflow.TemplateId;
import java.time.Instant;

/** A template as a list shows it: without its definition, which a list never reads (see {@link WorkflowSummary}). */
public record TemplateSummary(TemplateId id, OrgId orgId, DisplayName name, String description, String category,
                              boolean shared, int nodeCount, UserId createdBy, Instant createdAt) {
}
