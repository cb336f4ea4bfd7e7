package dev.glyphic.web.workflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.glyphic.domain.json.Json;
import dev.glyphic.application.workflow.WorkflowSummary;
import dev.glyphic.domain.workflow.Workflow;
import java.time.Instant;
import java.util.List;

public final class WorkflowJson {
    private WorkflowJson() {
    }

    /** {@code draft: true} saves a definition that breaks rules; it is then not valid, and cannot be active. */
    public record CreateRequest(String name, String description, List<String> tags, Boolean active,
                                @JsonProperty("public") Boolean shared,
                                @JsonDeserialize(using = JsonTree.Exact.class) JsonNode definition, Boolean draft,
                                String changeSummary) {
    }

    /** Absent fields stay as they are; a definition writes a new version. */
    public record UpdateRequest(String name, String description, List<String> tags, Boolean active,
                                @JsonProperty("public") Boolean shared,
                                @JsonDeserialize(using = JsonTree.Exact.class) JsonNode definition, Boolean draft,
                                String changeSummary) {
    }

    /** A workflow with its current definition. {@code version} is also its ETag, quoted. */
    public record Response(String id, String orgId, String workspaceId, String name, String description,
                           List<String> tags, boolean active, @JsonProperty("public") boolean shared, boolean valid,
                           int version, int nodeCount, JsonNode definition, long executionCount,
                           Instant lastExecutedAt, String createdBy, Instant createdAt, String updatedBy,
                           Instant updatedAt, Instant deletedAt) {
        public static Response of(Workflow w) {
            return new Response(w.id().toString(), w.orgId().toString(), w.workspaceId().toString(),
                    w.name().value(), w.description(), w.tags().values(), w.active(), w.shared(), w.valid(),
                    w.version(), WorkflowJson.nodeCount(w.definition()), JsonTree.toNode(w.definition()),
                    w.executionCount(), w.lastExecutedAt().orElse(null), w.createdBy().toString(), w.createdAt(),
                    w.updatedBy().toString(), w.updatedAt(), w.deletedAt().orElse(null));
        }
    }

    /** A workflow in a list: everything but the definition, which may be large. */
    public record Summary(String id, String name, String description, List<String> tags, boolean active,
                          @JsonProperty("public") boolean shared, boolean valid, int version, int nodeCount,
                          long executionCount, Instant lastExecutedAt, String createdBy, Instant createdAt,
                          String updatedBy, Instant updatedAt, Instant deletedAt) {
        public static Summary of(WorkflowSummary w) {
            return new Summary(w.id().toString(), w.name().value(), w.description(), w.tags().values(), w.active(),
                    w.shared(), w.valid(), w.version(), w.nodeCount(), w.executionCount(),
                    w.lastExecutedAt().orElse(null), w.createdBy().toString(), w.createdAt(),
                    w.updatedBy().toString(), w.updatedAt(), w.deletedAt().orElse(null));
        }
    }

    /** The file a workflow exports to; {@code POST …/workflows/import} with format {@code glyphic} reads it back. */
    public record Export(String format, String name, String description, List<String> tags, JsonNode definition) {
        public static final String FORMAT = "glyphic.workflow/v1";

        public static Export of(Workflow w) {
            return new Export(FORMAT, w.name().value(), w.description(), w.tags().values(),
                    JsonTree.toNode(w.definition()));
        }
    }

    /**
     * {@code format} is {@code glyphic} (a definition, or a whole export file) or {@code react-flow};
     * {@code definition} is the file's JSON. {@code name} may be left out when the file is an export that has one.
     */
    public record ImportRequest(String format, String name,
                                @JsonDeserialize(using = JsonTree.Exact.class) JsonNode definition, Boolean draft) {
    }

    /** The new workflow, and JSON pointers into the file to everything that had no place in a Glyphic definition. */
    public record Imported(Response workflow, List<String> dropped) {
    }

    static int nodeCount(Json.Obj definition) {
        return definition.get("nodes").orElse(null) instanceof Json.Arr nodes ? nodes.items().size() : 0;
    }
}
