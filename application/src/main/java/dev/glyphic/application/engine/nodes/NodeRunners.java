package dev.glyphic.application.engine.nodes;

import dev.glyphic.application.engine.NodeRunner;
import dev.glyphic.application.port.out.execution.ContentGeneration;
import dev.glyphic.application.port.out.execution.HttpCalls;
import dev.glyphic.application.port.out.execution.IntegrationActions;
import dev.glyphic.domain.workflow.ExpressionEvaluator;
import dev.glyphic.domain.workflow.NodeCatalogue;
import dev.glyphic.domain.workflow.NodeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The runner of each node type. Built complete or not at all: every type of the standard catalogue has exactly one
 * runner, so a saved definition (which holds catalogue types only) can never reach a type nobody runs.
 */
public final class NodeRunners {
    private final Map<String, NodeRunner> byType;

    private NodeRunners(Map<String, NodeRunner> byType) {
        this.byType = Map.copyOf(byType);
    }

    /** @throws IllegalArgumentException when a catalogue type has no runner or two, or a runner has no type */
    public static NodeRunners of(List<NodeRunner> runners) {
        Map<String, NodeRunner> byType = new HashMap<>();
        for (NodeRunner runner : runners) {
            if (byType.putIfAbsent(runner.nodeType(), runner) != null) {
                throw new IllegalArgumentException("node type " + runner.nodeType() + " has two runners");
            }
        }
        Set<String> catalogued = new TreeSet<>();
        NodeCatalogue.standard().all().stream().map(NodeType::id).forEach(catalogued::add);
        Set<String> missing = new TreeSet<>(catalogued);
        missing.removeAll(byType.keySet());
        Set<String> unknown = new TreeSet<>(byType.keySet());
        unknown.removeAll(catalogued);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalArgumentException("runners must match the node catalogue: missing " + missing
                    + ", not in the catalogue " + unknown);
        }
        return new NodeRunners(byType);
    }

    /** The runner of every standard node type, over the given ports. */
    public static NodeRunners standard(ExpressionEvaluator evaluator, HttpCalls http, long maxResponseBytes,
                                       ContentGeneration generation, IntegrationActions actions) {
        List<NodeRunner> runners = new ArrayList<>(TriggerRunner.standard());
        runners.addAll(List.of(
                new HttpRequestRunner(evaluator, http, maxResponseBytes), new DataSetRunner(evaluator),
                new LogicIfRunner(evaluator), new LogicSwitchRunner(evaluator), new FlowDelayRunner(evaluator),
                new FlowApprovalRunner(evaluator), new FlowSubworkflowRunner(evaluator),
                new ContentGenerateRunner(evaluator, generation), new IntegrationActionRunner(evaluator, actions)));
        return of(runners);
    }

    /** @throws IllegalStateException for a type outside the catalogue: saved definitions never hold one */
    public NodeRunner forType(String nodeType) {
        NodeRunner runner = byType.get(nodeType);
        if (runner == null) {
            throw new IllegalStateException("no runner for node type " + nodeType);
        }
        return runner;
    }
}
