package dev.glyphic.web.workflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.glyphic.application.port.out.workflow.WorkflowSummary;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.web.openapi.NameText;
import dev.glyphic.web.openapi.Timestamp;
import dev.glyphic.web.openapi.Uuid;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

public final class WorkflowJson {
    private WorkflowJson() {
    }

    /** {@code draft: true} saves a definition that breaks rules; it is then not valid, and cannot be active. */
    @Schema(requiredProperties = {"name", "definition"})
    public record CreateRequest(@NameText String name, @Schema(maxLength = 2000) String description,
                                @ArraySchema(maxItems = 20, schema = @Schema(maxLength = 50,
                                pattern = "^[a-z0-9][a-z0-9._-]{0,49}$")) List<String> tags,
                                Boolean active, @JsonProperty("public") Boolean shared,
                                @JsonDeserialize(using = JsonTree.Exact.class) JsonNode definition, Boolean draft,
                                @Schema(maxLength = 500) String changeSummary) {
    }

    /** Absent fields stay as they are; a definition writes a new version. */
    public record UpdateRequest(@NameText String name, @Schema(maxLength = 2000) String description,
                                @ArraySchema(maxItems = 20, schema = @Schema(maxLength = 50,
                                pattern = "^[a-z0-9][a-z0-9._-]{0,49}$")) List<String> tags,
                                Boolean active, @JsonProperty("public") Boolean shared,
                                @JsonDeserialize(using = JsonTree.Exact.class) JsonNode definition, Boolean draft,
                                @Schema(maxLength = 500) String changeSummary) {
    }

    /** A workflow with its current definition. {@code version} is also its ETag, quoted. */
    public record Response(@Uuid String id, @Uuid String orgId, @Uuid String workspaceId, @NameText String name,
                           @Schema(maxLength = 2000) String description, @ArraySchema(maxItems = 20,
                           schema = @Schema(maxLength = 50,
                           pattern = "^[a-z0-9][a-z0-9._-]{0,49}$")) List<String> tags, boolean active,
                           @JsonProperty("public") boolean shared, boolean valid, @Schema(minimum = "1",
                           maximum = "999999999") int version, @Schema(minimum = "0", maximum = "1000") int nodeCount,
                           JsonNode definition, @Schema(minimum = "0",
                           maximum = "9223372036854775807") long executionCount,
                           @Timestamp Instant lastExecutedAt, @Uuid String createdBy, @Timestamp Instant createdAt,
                           @Uuid String updatedBy, @Timestamp Instant updatedAt, @Timestamp Instant deletedAt) {
        public static Response of(Workflow w) {
            return new Response(w.id().toString(), w.orgId().toString(), w.workspaceId().toString(),
                    w.name().value(), w.description(), w.tags().values(), w.active(), w.shared(), w.valid(),
                    w.version(), WorkflowJson.nodeCount(w.definition()), JsonTree.toNode(w.definition()),
                    w.executionCount(), w.lastExecutedAt().orElse(null), w.createdBy().toString(), w.createdAt(),
                    w.updatedBy().toString(), w.updatedAt(), w.deletedAt().orElse(null));
        }
    }

    /** A workflow in a list: everything but the definition, which may be large. */
    public record Summary(@Uuid String id, @NameText String name, @Schema(maxLength = 2000) String description,
                          @ArraySchema(maxItems = 20, schema = @Schema(maxLength = 50,
                          pattern = "^[a-z0-9][a-z0-9._-]{0,49}$")) List<String> tags,
                          boolean active, @JsonProperty("public") boolean shared, boolean valid, @Schema(minimum = "1",
                          maximum = "999999999") int version,
                          @Schema(minimum = "0", maximum = "1000") int nodeCount, @Schema(minimum = "0",
                          maximum = "9223372036854775807") long executionCount, @Timestamp Instant lastExecutedAt,
                          @Uuid String createdBy, @Timestamp Instant createdAt, @Uuid String updatedBy,
                          @Timestamp Instant updatedAt, @Timestamp Instant deletedAt) {
        public static Summary of(WorkflowSummary w) {
            return new Summary(w.id().toString(), w.name().value(), w.description(), w.tags().values(), w.active(),
                    w.shared(), w.valid(), w.version(), w.nodeCount(), w.executionCount(),
                    w.lastExecutedAt().orElse(null), w.createdBy().toString(), w.createdAt(),
                    w.updatedBy().toString(), w.updatedAt(), w.deletedAt().orElse(null));
        }
    }

    /** The file a workflow exports to; {@code POST …/workflows/import} with format {@code glyphic} reads it back. */
    public record Export(@Schema(type = "string", allowableValues = FORMAT) String format, @NameText String name,
                         @Schema(maxLength = 2000) String description,
                         @ArraySchema(maxItems = 20, schema = @Schema(maxLength = 50,
                         pattern = "^[a-z0-9][a-z0-9._-]{0,49}$")) List<String> tags, JsonNode definition) {
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
    @Schema(requiredProperties = {"format", "definition"})
    public record ImportRequest(@Schema(type = "string", allowableValues = {"glyphic", "react-flow"}) String format,
                                @NameText String name,
                                @JsonDeserialize(using = JsonTree.Exact.class) JsonNode definition, Boolean draft) {
    }

    /** The new workflow, and JSON pointers into the file to everything that had no place in a Glyphic definition. */
    public record Imported(Response workflow,
                           @ArraySchema(maxItems = 100000, schema = @Schema(maxLength = 2000)) List<String> dropped) {
    }

    static int nodeCount(Json.Obj definition) {
        return definition.get("nodes").orElse(null) instanceof Json.Arr nodes ? nodes.items().size() : 0;
    }
}
