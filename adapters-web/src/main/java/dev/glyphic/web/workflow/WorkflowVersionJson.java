package dev.glyphic.web.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.application.port.out.workflow.WorkflowVersion;
import dev.glyphic.domain.workflow.DefinitionDiff;
import dev.glyphic.web.openapi.Timestamp;
import dev.glyphic.web.openapi.Uuid;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class WorkflowVersionJson {
    private WorkflowVersionJson() {
    }

    /** A version in the history list, without its definition. */
    public record Summary(@Schema(minimum = "1", maximum = "999999999") int version,
                          @Schema(maxLength = 500) String changeSummary, @Uuid String author,
                          @Timestamp Instant createdAt) {
        public static Summary of(WorkflowVersion v) {
            return new Summary(v.version(), v.changeSummary(), v.author().toString(), v.createdAt());
        }
    }

    /** One saved state of the definition. */
    public record Response(@Uuid String workflowId, @Schema(minimum = "1", maximum = "999999999") int version,
                           @Schema(maxLength = 500) String changeSummary,
                           @Uuid String author, @Timestamp Instant createdAt, JsonNode definition) {
        public static Response of(WorkflowVersion v) {
            return new Response(v.workflowId().toString(), v.version(), v.changeSummary(), v.author().toString(),
                    v.createdAt(), JsonTree.toNode(v.definition()));
        }
    }

    /** {@code nextCursor} is the last listed version number: pass it as {@code before} for older ones. */
    public record Page(@ArraySchema(maxItems = 200) List<Summary> items,
                       @Schema(maxLength = 9, pattern = "^[1-9][0-9]{0,8}$") String nextCursor) {
    }

    /** A value before and after; null on the side where it did not exist. */
    public record Change<T>(@Schema(type = "string", maxLength = 200) T before,
                            @Schema(type = "string", maxLength = 200) T after) {
    }

    /** A field left out on one side did not exist there; {@code null} is a field whose value is JSON null. */
    public record FieldChange(@Schema(maxLength = 200) String field,
                              @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode before,
                              @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode after) {
        static FieldChange of(DefinitionDiff.FieldChange c) {
            return new FieldChange(c.field(), c.before().map(JsonTree::toNode).orElse(null),
                    c.after().map(JsonTree::toNode).orElse(null));
        }
    }

    /** {@code type} and {@code label} are present only when they changed. */
    public record NodeChange(@Schema(maxLength = 200) String nodeId,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Change<String> type,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Change<String> label,
                             @ArraySchema(maxItems = 1000) List<FieldChange> fields) {
        static NodeChange of(DefinitionDiff.NodeChange c) {
            return new NodeChange(c.nodeId(), change(c.typeBefore(), c.typeAfter()),
                    change(c.labelBefore(), c.labelAfter()), c.fields().stream().map(FieldChange::of).toList());
        }

        private static Change<String> change(Optional<String> before, Optional<String> after) {
            return before.isEmpty() && after.isEmpty() ? null : new Change<>(before.orElse(null), after.orElse(null));
        }
    }

    /** Edges are named by what they connect; a null handle is the node's only one. */
    public record Edge(@Schema(maxLength = 200) String source, @Schema(maxLength = 200) String sourceHandle,
                       @Schema(maxLength = 200) String target, @Schema(maxLength = 200) String targetHandle) {
        static Edge of(DefinitionDiff.EdgeKey e) {
            return new Edge(e.source(), e.sourceHandle(), e.target(), e.targetHandle());
        }
    }

    /** What changed from version {@code from} to version {@code to}; layout (positions, sizes) is ignored. */
    public record Diff(@Schema(minimum = "1", maximum = "999999999") int from,
                       @Schema(minimum = "1", maximum = "999999999") int to,
                       @ArraySchema(maxItems = 1000, schema = @Schema(maxLength = 200)) List<String> nodesAdded,
                       @ArraySchema(maxItems = 1000, schema = @Schema(maxLength = 200)) List<String> nodesRemoved,
                       @ArraySchema(maxItems = 1000) List<NodeChange> nodesChanged,
                       @ArraySchema(maxItems = 100000) List<Edge> edgesAdded,
                       @ArraySchema(maxItems = 100000) List<Edge> edgesRemoved) {
        static Diff of(int from, int to, DefinitionDiff d) {
            return new Diff(from, to, d.nodesAdded(), d.nodesRemoved(),
                    d.nodesChanged().stream().map(NodeChange::of).toList(),
                    d.edgesAdded().stream().map(Edge::of).toList(), d.edgesRemoved().stream().map(Edge::of).toList());
        }
    }
}
