package dev.glyphic.application.engine;

import dev.glyphic.domain.execution.ExecutionGraph;
import dev.glyphic.domain.execution.ExecutionSettings;
import dev.glyphic.domain.execution.NodeSettings;
import dev.glyphic.domain.workflow.WorkflowDefinition;
import java.util.Map;
import java.util.Objects;

/** A workflow version as the engine runs it: read, walked and configured once, since versions never change. */
public record PinnedWorkflow(WorkflowDefinition definition, ExecutionGraph graph, ExecutionSettings settings,
                             Map<String, NodeSettings> nodeSettings) {
    public PinnedWorkflow {
        Objects.requireNonNull(definition);
        Objects.requireNonNull(graph);
        Objects.requireNonNull(settings);
        nodeSettings = Map.copyOf(nodeSettings);
    }

    public NodeSettings settingsOf(String nodeId) {
        NodeSettings found = nodeSettings.get(nodeId);
        if (found == null) {
            throw new IllegalArgumentException("no node '" + nodeId + "' in this version");
        }
        return found;
    }
}
