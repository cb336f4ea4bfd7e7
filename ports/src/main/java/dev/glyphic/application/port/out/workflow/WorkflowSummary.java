package dev.glyphic.application.port.out.workflow;

import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Instant;
import java.util.Optional;

/**
 * A workflow as a list shows it: everything but the definition. Listing never reads definitions, which can be
 * megabytes each; measured, reading and parsing them was nearly all of a list request's time.
 */
public record WorkflowSummary(WorkflowId id, DisplayName name, String description, Tags tags, boolean active,
                              boolean shared, boolean valid, int version, int nodeCount, long executionCount,
                              Optional<Instant> lastExecutedAt, UserId createdBy, Instant createdAt,
                              UserId updatedBy, Instant updatedAt, Optional<Instant> deletedAt) {
}
