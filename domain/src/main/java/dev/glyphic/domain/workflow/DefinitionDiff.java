package dev.glyphic.domain.workflow;

import dev.glyphic.domain.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed between two versions of a workflow, structurally: nodes and edges added and removed, and for nodes
 * kept, their type, label and each field that changed. Positions and sizes are layout, not structure, and are
 * ignored.
 */
public record DefinitionDiff(List<String> nodesAdded, List<String> nodesRemoved, List<NodeChange> nodesChanged,
                             List<EdgeKey> edgesAdded, List<EdgeKey> edgesRemoved) {

    /** A field's value before and after; empty on the side where the field did not exist. */
    public record FieldChange(String field, Optional<Json> before, Optional<Json> after) {
    }

    public record NodeChange(String nodeId, Optional<String> typeBefore, Optional<String> typeAfter,
                             Optional<String> labelBefore, Optional<String> labelAfter, List<FieldChange> fields) {
    }

    /** An edge is identified by what it connects: ids given by editors are not stable across imports. */
    public record EdgeKey(String source, String sourceHandle, String target, String targetHandle) {
        static EdgeKey of(WorkflowDefinition.Edge edge) {
            return new EdgeKey(edge.source(), edge.sourceHandle(), edge.target(), edge.targetHandle());
        }
    }

    public boolean isEmpty() {
        return nodesAdded.isEmpty() && nodesRemoved.isEmpty() && nodesChanged.isEmpty() && edgesAdded.isEmpty()
                && edgesRemoved.isEmpty();
    }

    public static DefinitionDiff between(WorkflowDefinition before, WorkflowDefinition after) {
        Map<String, WorkflowDefinition.Node> old = byId(before);
        Map<String, WorkflowDefinition.Node> now = byId(after);
        List<String> added = now.keySet().stream().filter(id -> !old.containsKey(id)).toList();
        List<String> removed = old.keySet().stream().filter(id -> !now.containsKey(id)).toList();
        List<NodeChange> changed = new ArrayList<>();
        for (Map.Entry<String, WorkflowDefinition.Node> entry : now.entrySet()) {
            WorkflowDefinition.Node was = old.get(entry.getKey());
            if (was != null) {
                change(was, entry.getValue()).ifPresent(changed::add);
            }
        }
        Set<EdgeKey> oldEdges = edges(before);
        Set<EdgeKey> newEdges = edges(after);
        return new DefinitionDiff(added, removed, changed,
                newEdges.stream().filter(e -> !oldEdges.contains(e)).toList(),
                oldEdges.stream().filter(e -> !newEdges.contains(e)).toList());
    }

    private static Optional<NodeChange> change(WorkflowDefinition.Node was, WorkflowDefinition.Node now) {
        List<FieldChange> fields = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(was.fields().keySet());
        names.addAll(now.fields().keySet());
        for (String name : names) {
            Json before = was.fields().get(name);
            Json after = now.fields().get(name);
            if (!Objects.equals(before, after)) {
                fields.add(new FieldChange(name, Optional.ofNullable(before), Optional.ofNullable(after)));
            }
        }
        boolean typeChanged = !was.nodeType().equals(now.nodeType());
        boolean labelChanged = !was.label().equals(now.label());
        if (fields.isEmpty() && !typeChanged && !labelChanged) {
            return Optional.empty();
        }
        return Optional.of(new NodeChange(now.id(),
                typeChanged ? Optional.of(was.nodeType()) : Optional.empty(),
                typeChanged ? Optional.of(now.nodeType()) : Optional.empty(),
                labelChanged ? Optional.of(was.label()) : Optional.empty(),
                labelChanged ? Optional.of(now.label()) : Optional.empty(), fields));
    }

    private static Map<String, WorkflowDefinition.Node> byId(WorkflowDefinition definition) {
        Map<String, WorkflowDefinition.Node> nodes = new LinkedHashMap<>();
        definition.nodes().forEach(node -> nodes.putIfAbsent(node.id(), node));
        return nodes;
    }

    private static Set<EdgeKey> edges(WorkflowDefinition definition) {
        Set<EdgeKey> keys = new LinkedHashSet<>();
        definition.edges().forEach(edge -> keys.add(EdgeKey.of(edge)));
        return keys;
    }
}
