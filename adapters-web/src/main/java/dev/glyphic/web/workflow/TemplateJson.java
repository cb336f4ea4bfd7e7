package dev.glyphic.web.workflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.glyphic.application.workflow.TemplateSummary;
import dev.glyphic.application.workflow.WorkflowTemplate;
import dev.glyphic.domain.identity.UserId;
import java.time.Instant;

public final class TemplateJson {
    private TemplateJson() {
    }

    /** {@code public: true} publishes the template to every organization (admins only). */
    public record CreateRequest(String name, String description, String category,
                                @JsonProperty("public") Boolean shared,
                                @JsonDeserialize(using = JsonTree.Exact.class) JsonNode definition) {
    }

    /** Saves a workflow's current definition as a template. */
    public record SaveAsRequest(String name, String description, String category,
                                @JsonProperty("public") Boolean shared) {
    }

    /** Creates a workflow in the workspace from a template of the organization, or a public one. */
    public record InstantiateRequest(String templateId, String name) {
    }

    /**
     * {@code createdBy} names the author of a private template; a public one, read by every organization, does not
     * say which person published it (the publishing organization's audit log does).
     */
    public record Response(String id, String orgId, String name, String description, String category,
                           @JsonProperty("public") boolean shared, int nodeCount, JsonNode definition,
                           String createdBy, Instant createdAt) {
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
    public record Summary(String id, String orgId, String name, String description, String category,
                          @JsonProperty("public") boolean shared, int nodeCount, String createdBy,
                          Instant createdAt) {
        public static Summary of(TemplateSummary t) {
            return new Summary(t.id().toString(), t.orgId().toString(), t.name().value(), t.description(),
                    t.category(), t.shared(), t.nodeCount(), author(t.shared(), t.createdBy()), t.createdAt());
        }
    }
}
