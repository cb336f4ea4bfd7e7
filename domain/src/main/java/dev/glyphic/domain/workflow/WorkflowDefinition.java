package dev.glyphic.domain.workflow;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonPointer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A workflow document (seed 002's format: {@code nodes}, {@code edges}, {@code groups}, {@code config},
 * {@code metadata}) read into the parts the rules look at. The document itself is kept whole, so that what an
 * editor stores beside them (positions, sizes, colours) comes back exactly as it was saved.
 */
public record WorkflowDefinition(Json.Obj document, List<Node> nodes, List<Edge> edges) {

    public WorkflowDefinition {
        Objects.requireNonNull(document);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A node: {@code data.nodeType} says what it is, {@code data.fields} how it is configured, {@code data.settings}
     * how the engine runs it (retries, timeout; an empty object when the document has none). The fields keep their
     * document order (not {@code Map.copyOf}'s, which changes from run to run), so diffs and violations list them
     * the same way every time.
     */
    public record Node(String id, String nodeType, String label, Map<String, Json> fields, Json.Obj settings,
                       JsonPointer at) {
        public Node {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            Objects.requireNonNull(settings, "settings");
        }
    }

    /** An edge from an output handle of one node to an input handle of another. */
    public record Edge(String id, String source, String sourceHandle, String target, String targetHandle,
                       JsonPointer at) {
    }
}
