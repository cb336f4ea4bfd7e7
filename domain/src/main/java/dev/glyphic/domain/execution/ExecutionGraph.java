package dev.glyphic.domain.execution;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.WorkflowDefinition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The walk through a workflow's graph: which nodes start a run, which can be decided once a node has finished, and
 * what the run gives back. Pure and deterministic: it holds no state of its own, the caller passes the states of the
 * nodes finished so far, so the same question always gets the same answer (and a resumed execution the one it would
 * have got before the pause).
 *
 * <p>A node is decided exactly once, when the last of its predecessors has finished: it runs when at least one
 * incoming edge carries an output its source fired, and is skipped otherwise. A skipped node finishes at once, so its
 * successors may be decided in the same breath; {@link #advance} follows such cascades to their end. That is what
 * makes a join after an if work: the branch not taken is skipped all the way down, and the join runs with what the
 * taken branch gave it.
 *
 * <p>The definition must be valid (acyclic, every edge between existing nodes): the validator refuses any other
 * before it can be activated or run.
 */
public final class ExecutionGraph {

    /** A node that has finished. A node absent from a state map has not (pending, running or waiting). */
    public sealed interface NodeState {
        /** It ran and completed, firing these output handles. */
        record Done(Json output, Set<String> firedHandles) implements NodeState {
            public Done {
                Objects.requireNonNull(output, "output");
                firedHandles = Set.copyOf(firedHandles);
            }
        }

        /** No edge into it carried anything: it did not run. */
        record Skipped() implements NodeState {
        }
    }

    /** What to do with a node whose predecessors have all finished. */
    public sealed interface Step {
        String nodeId();

        /** Run it with this input. */
        record Run(String nodeId, Json input) implements Step {
            public Run {
                Objects.requireNonNull(nodeId, "nodeId");
                Objects.requireNonNull(input, "input");
            }
        }

        /** Mark it skipped: none of its incoming edges fired. */
        record Skip(String nodeId) implements Step {
            public Skip {
                Objects.requireNonNull(nodeId, "nodeId");
            }
        }
    }

    private final Map<String, WorkflowDefinition.Node> nodes;
    private final Map<String, List<WorkflowDefinition.Edge>> incoming;
    /** Each node's successors, distinct, in the document order of the edges leading to them. */
    private final Map<String, List<String>> successors;
    /** Each node's predecessors, distinct. */
    private final Map<String, Set<String>> predecessors;
    private final List<String> entryNodes;
    private final List<String> sinkNodes;

    private ExecutionGraph(WorkflowDefinition definition) {
        Map<String, WorkflowDefinition.Node> byId = new LinkedHashMap<>();
        Map<String, List<WorkflowDefinition.Edge>> in = new HashMap<>();
        Map<String, Set<String>> out = new HashMap<>();
        Map<String, Set<String>> before = new HashMap<>();
        for (WorkflowDefinition.Node node : definition.nodes()) {
            byId.put(node.id(), node);
            in.put(node.id(), new ArrayList<>());
            out.put(node.id(), new LinkedHashSet<>());
            before.put(node.id(), new LinkedHashSet<>());
        }
        for (WorkflowDefinition.Edge edge : definition.edges()) {
            if (!byId.containsKey(edge.source()) || !byId.containsKey(edge.target())) {
                throw new IllegalArgumentException("edge " + edge.at() + " joins a node that does not exist: "
                        + edge.source() + " → " + edge.target());
            }
            in.get(edge.target()).add(edge);
            out.get(edge.source()).add(edge.target());
            before.get(edge.target()).add(edge.source());
        }
        this.nodes = Collections.unmodifiableMap(byId);
        this.incoming = frozen(in, List::copyOf);
        this.successors = frozen(out, List::copyOf);
        this.predecessors = frozen(before, Set::copyOf);
        this.entryNodes = byId.keySet().stream().filter(id -> in.get(id).isEmpty()).toList();
        this.sinkNodes = byId.keySet().stream().filter(id -> out.get(id).isEmpty()).toList();
    }

    public static ExecutionGraph of(WorkflowDefinition definition) {
        return new ExecutionGraph(definition);
    }

    /** The nodes nothing flows into, in document order: where a run starts. */
    public List<String> entryNodes() {
        return entryNodes;
    }

    /**
     * The first steps of a run: every entry node runs with the execution's input (a trigger passes it on; what any
     * other entry node makes of it is its own business).
     */
    public List<Step.Run> start(Json executionInput) {
        Objects.requireNonNull(executionInput, "executionInput");
        return entryNodes.stream().map(id -> new Step.Run(id, executionInput)).toList();
    }

    public WorkflowDefinition.Node node(String id) {
        WorkflowDefinition.Node node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException("no node '" + id + "' in this workflow");
        }
        return node;
    }

    /**
     * The nodes that can be decided now that {@code justFinished} has finished: its successors whose predecessors
     * have all finished, and, through every node this skips, theirs in turn. Each node comes once, in a fixed order
     * (breadth first from {@code justFinished}, successors in the document order of their edges).
     *
     * <p>Call it once for each node that runs and finishes, with {@code states} holding every node finished so far
     * ({@code justFinished} included). Record each {@link Step.Skip} returned as {@link NodeState.Skipped} before the
     * next call, but do not advance from it: its cascade is already in the answer, and advancing again would decide
     * its successors a second time.
     *
     * @throws IllegalArgumentException when {@code justFinished} is unknown or has no state in {@code states}
     */
    public List<Step> advance(Map<String, NodeState> states, String justFinished) {
        node(justFinished);
        if (!states.containsKey(justFinished)) {
            throw new IllegalArgumentException("'" + justFinished + "' has not finished: it has no state");
        }
        Map<String, NodeState> known = new HashMap<>(states);
        Set<String> decided = new LinkedHashSet<>();
        List<Step> steps = new ArrayList<>();
        Deque<String> finished = new ArrayDeque<>(List.of(justFinished));
        while (!finished.isEmpty()) {
            for (String successor : successors.get(finished.poll())) {
                if (known.containsKey(successor) || decided.contains(successor)
                        || !known.keySet().containsAll(predecessors.get(successor))) {
                    continue;
                }
                Step step = decide(successor, known);
                decided.add(successor);
                steps.add(step);
                if (step instanceof Step.Skip) {
                    known.put(successor, new NodeState.Skipped());
                    finished.add(successor);
                }
            }
        }
        return steps;
    }

    /** Whether every node has finished: the run has nothing left to do. */
    public boolean isComplete(Map<String, NodeState> states) {
        return states.keySet().containsAll(nodes.keySet());
    }

    /**
     * What the run gives back: the output of the sink node (one nothing flows out of) that completed, or an object of
     * them by node id, in document order, when several did; null when none did.
     */
    public Json output(Map<String, NodeState> states) {
        Map<String, Json> outputs = new LinkedHashMap<>();
        for (String sink : sinkNodes) {
            if (states.get(sink) instanceof NodeState.Done done) {
                outputs.put(sink, done.output());
            }
        }
        return switch (outputs.size()) {
            case 0 -> Json.NULL;
            case 1 -> outputs.values().iterator().next();
            default -> new Json.Obj(outputs);
        };
    }

    /**
     * Runs the node when some edge into it fired, with the output of the one source that fired it, or an object of
     * every such source's output keyed by its id (a join), in the document order of their edges.
     */
    private Step decide(String id, Map<String, NodeState> known) {
        Map<String, Json> inputs = new LinkedHashMap<>();
        for (WorkflowDefinition.Edge edge : incoming.get(id)) {
            if (known.get(edge.source()) instanceof NodeState.Done done && fires(edge, done)) {
                inputs.putIfAbsent(edge.source(), done.output());
            }
        }
        return switch (inputs.size()) {
            case 0 -> new Step.Skip(id);
            case 1 -> new Step.Run(id, inputs.values().iterator().next());
            default -> new Step.Run(id, new Json.Obj(inputs));
        };
    }

    /** An edge that names no output handle leaves by the node's only one, which a completed node always fires. */
    private static boolean fires(WorkflowDefinition.Edge edge, NodeState.Done source) {
        return edge.sourceHandle() == null || source.firedHandles().contains(edge.sourceHandle());
    }

    private static <A, B> Map<String, B> frozen(Map<String, A> map, Function<A, B> freeze) {
        Map<String, B> frozen = new HashMap<>();
        map.forEach((key, value) -> frozen.put(key, freeze.apply(value)));
        return Collections.unmodifiableMap(frozen);
    }
}
