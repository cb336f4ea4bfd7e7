package dev.glyphic.web.workflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.glyphic.application.port.out.workflow.TemplateSummary;
import dev.glyphic.application.port.out.workflow.WorkflowTemplate;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.web.openapi.NameText;
import dev.glyphic.web.openapi.Required;
import dev.glyphic.web.openapi.Timestamp;
import dev.glyphic.web.openapi.Uuid;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

public final class TemplateJson {
    private TemplateJson() {
    }

    /** {@code public: true} publishes the template to every organization (admins only). */
    @Schema(requiredProperties = {"name", "definition"})
    public record CreateRequest(@NameText String name, @Schema(maxLength = 2000) String description,
                                @Schema(maxLength = 50) String category, @JsonProperty("public") Boolean shared,
                                @JsonDeserialize(using = JsonTree.Exact.class) JsonNode definition) {
    }

    /** Saves a workflow's current definition as a template. */
    public record SaveAsRequest(@Required @NameText String name, @Schema(maxLength = 2000) String description,
                                @Schema(maxLength = 50) String category, @JsonProperty("public") Boolean shared) {
    }

    /** Creates a workflow in the workspace from a template of the organization, or a public one. */
    public record InstantiateRequest(@Required @Uuid String templateId, @Required @NameText String name) {
    }

    /**
     * {@code createdBy} names the author of a private template; a public one, read by every organization, does not
     * say which person published it (the publishing organization's audit log does).
     */
    public record Response(@Uuid String id, @Uuid String orgId, @NameText String name,
                           @Schema(maxLength = 2000) String description,
                           @Schema(maxLength = 50) String category, @JsonProperty("public") boolean shared,
                           @Schema(minimum = "0", maximum = "1000") int nodeCount, JsonNode definition,
                           @Uuid String createdBy,
                           @Timestamp Instant createdAt) {
        public static Response of(WorkflowTemplate t) {
            return new Response(t.id().toString(), t.orgId().toString(), t.name().value(), t.description(),
                    t.category(), t.shared(), WorkflowJson.nodeCount(t.definition()), JsonTree.toNode(t.definition()),
                    author(t.shared(), t.createdBy()), t.createdAt());
        }
    }

    private static String author(boolean shared, UserId createdBy) {
        return shared ? null : createdBy.toString();
    }

    /** A template in a list, without its definition. */
    public record Summary(@Uuid String id, @Uuid String orgId, @NameText String name,
                          @Schema(maxLength = 2000) String description,
                          @Schema(maxLength = 50) String category, @JsonProperty("public") boolean shared,
                          @Schema(minimum = "0", maximum = "1000") int nodeCount, @Uuid String createdBy,
                          @Timestamp Instant createdAt) {
        public static Summary of(TemplateSummary t) {
            return new Summary(t.id().toString(), t.orgId().toString(), t.name().value(), t.description(),
                    t.category(), t.shared(), t.nodeCount(), author(t.shared(), t.createdBy()), t.createdAt());
        }
    }
}
