package dev.glyphic.domain.execution;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonPointer;
import dev.glyphic.domain.workflow.WorkflowDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Workflow graphs for the engine's tests, written compactly: {@code graph("t a b", "t>a", "a:yes>b")} has nodes t, a
 * and b, an edge from t to a naming no handle and one from a's handle {@code yes} to b. Node types do not matter to
 * the walk, so every node is a data.set.
 */
final class Graphs {
    private Graphs() {
    }

    static WorkflowDefinition graph(String nodeIds, String... edges) {
        List<WorkflowDefinition.Node> nodes = new ArrayList<>();
        List<String> ids = Arrays.stream(nodeIds.trim().split("\\s+")).filter(id -> !id.isEmpty()).toList();
        for (int i = 0; i < ids.size(); i++) {
            nodes.add(new WorkflowDefinition.Node(ids.get(i), "data.set", "", Map.of(), Json.EMPTY_OBJECT,
                    JsonPointer.ROOT.at("nodes").at(i)));
        }
        List<WorkflowDefinition.Edge> links = new ArrayList<>();
        for (int i = 0; i < edges.length; i++) {
            String[] ends = edges[i].split(">");
            String[] source = ends[0].split(":");
            links.add(new WorkflowDefinition.Edge("e" + i, source[0], source.length > 1 ? source[1] : null, ends[1],
                    null, JsonPointer.ROOT.at("edges").at(i)));
        }
        return new WorkflowDefinition(Json.EMPTY_OBJECT, nodes, links);
    }
}
