package dev.glyphic.domain.workflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds a cycle in a workflow graph, in time linear in its size, iteratively (no recursion to overflow). */
final class Cycles {

    /** One cycle: the node ids around it, the first repeated at the end, and an edge on it to point at. */
    record Cycle(List<String> path, WorkflowDefinition.Edge edge) {
    }

    private Cycles() {
    }

    static Optional<Cycle> find(Collection<String> nodes, List<WorkflowDefinition.Edge> edges) {
        Map<String, List<WorkflowDefinition.Edge>> outgoing = new HashMap<>();
        for (WorkflowDefinition.Edge edge : edges) {
            outgoing.computeIfAbsent(edge.source(), k -> new ArrayList<>()).add(edge);
        }
        Set<String> done = new HashSet<>();
        for (String start : nodes) {
            if (done.contains(start)) {
                continue;
            }
            // Depth-first walk with an explicit stack; `onPath` holds the nodes of the current path, in order.
            Deque<Frame> stack = new ArrayDeque<>();
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            stack.push(new Frame(outgoing.getOrDefault(start, List.of())));
            path.add(start);
            onPath.add(start);
            while (!stack.isEmpty()) {
                Frame frame = stack.peek();
                if (frame.next < frame.edges.size()) {
                    WorkflowDefinition.Edge edge = frame.edges.get(frame.next++);
                    String target = edge.target();
                    if (onPath.contains(target)) {
                        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(target), path.size()));
                        cycle.add(target);
                        return Optional.of(new Cycle(cycle, edge));
                    }
                    if (!done.contains(target)) {
                        stack.push(new Frame(outgoing.getOrDefault(target, List.of())));
                        path.add(target);
                        onPath.add(target);
                    }
                } else {
                    stack.pop();
                    String finished = path.remove(path.size() - 1);
                    onPath.remove(finished);
                    done.add(finished);
                }
            }
        }
        return Optional.empty();
    }

    /** A node being walked: its outgoing edges and how many of them have been followed. */
    private static final class Frame {
        final List<WorkflowDefinition.Edge> edges;
        int next;

        Frame(List<WorkflowDefinition.Edge> edges) {
            this.edges = edges;
        }
    }
}
