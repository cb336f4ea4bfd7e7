package dev.glyphic.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.json.JsonPointer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

class CyclesTest {

    record Graph(List<String> nodes, List<WorkflowDefinition.Edge> edges) {
    }

    private static WorkflowDefinition.Edge edge(int index, String source, String target) {
        return new WorkflowDefinition.Edge("e" + index, source, null, target, null,
                JsonPointer.ROOT.at("edges").at(index));
    }

    private static List<WorkflowDefinition.Edge> edges(String... sourcesAndTargets) {
        List<WorkflowDefinition.Edge> edges = new ArrayList<>();
        for (int i = 0; i < sourcesAndTargets.length; i += 2) {
            edges.add(edge(i / 2, sourcesAndTargets[i], sourcesAndTargets[i + 1]));
        }
        return edges;
    }

    @Test
    void aGraphWithoutEdgesHasNoCycle() {
        assertEquals(Optional.empty(), Cycles.find(List.of(), List.of()));
        assertEquals(Optional.empty(), Cycles.find(List.of("a", "b"), List.of()));
    }

    @Test
    void aDiamondHasNoCycle() {
        assertEquals(Optional.empty(), Cycles.find(List.of("a", "b", "c", "d"),
                edges("a", "b", "a", "c", "b", "d", "c", "d", "a", "d")));
    }

    @Test
    void aSelfLoopIsACycleOfOneNode() {
        Cycles.Cycle cycle = Cycles.find(List.of("a", "b"), edges("a", "b", "b", "b")).orElseThrow();

        assertEquals(List.of("b", "b"), cycle.path());
        assertEquals("/edges/1", cycle.edge().at().value());
    }

    @Test
    void theCycleIsNamedFromWhereItClosesWithoutTheWayIn() {
        Cycles.Cycle cycle = Cycles.find(List.of("t", "a", "b", "c"),
                edges("t", "a", "a", "b", "b", "c", "c", "a")).orElseThrow();

        assertEquals(List.of("a", "b", "c", "a"), cycle.path());
        assertEquals(edge(3, "c", "a"), cycle.edge());
    }

    @Test
    void aCycleInAComponentReachedLateIsFound() {
        Cycles.Cycle cycle = Cycles.find(List.of("a", "b", "x", "y"),
                edges("a", "b", "x", "y", "y", "x")).orElseThrow();

        assertEquals(List.of("x", "y", "x"), cycle.path());
    }

    @Test
    void aVeryLongChainIsWalkedWithoutRecursion() {
        int length = 200_000;
        List<String> nodes = IntStream.range(0, length).mapToObj(i -> "n" + i).toList();
        List<WorkflowDefinition.Edge> chain = new ArrayList<>();
        for (int i = 0; i + 1 < length; i++) {
            chain.add(edge(i, nodes.get(i), nodes.get(i + 1)));
        }

        assertEquals(Optional.empty(), Cycles.find(nodes, chain));

        chain.add(edge(length, nodes.getLast(), nodes.getFirst()));
        assertEquals(length + 1, Cycles.find(nodes, chain).orElseThrow().path().size());
    }

    @Provide
    Arbitrary<Graph> graphs() {
        return Arbitraries.integers().between(1, 15).flatMap(size -> {
            List<String> nodes = IntStream.range(0, size).mapToObj(i -> "n" + i).toList();
            Arbitrary<String> node = Arbitraries.of(nodes);
            return Combinators.combine(node, node).as(List::of).list().ofMaxSize(2 * size)
                    .map(pairs -> {
                        List<WorkflowDefinition.Edge> edges = new ArrayList<>();
                        for (int i = 0; i < pairs.size(); i++) {
                            edges.add(edge(i, pairs.get(i).get(0), pairs.get(i).get(1)));
                        }
                        return new Graph(nodes, edges);
                    });
        });
    }

    /** Kahn's algorithm: whether every node can be put in an order where each edge points forward. */
    private static boolean sortsTopologically(Graph graph) {
        Map<String, Integer> incoming = new HashMap<>();
        graph.nodes().forEach(n -> incoming.put(n, 0));
        graph.edges().forEach(e -> incoming.merge(e.target(), 1, Integer::sum));
        Deque<String> ready = new ArrayDeque<>();
        incoming.forEach((node, count) -> {
            if (count == 0) {
                ready.add(node);
            }
        });
        int sorted = 0;
        while (!ready.isEmpty()) {
            String node = ready.poll();
            sorted++;
            for (WorkflowDefinition.Edge e : graph.edges()) {
                if (e.source().equals(node) && incoming.merge(e.target(), -1, Integer::sum) == 0) {
                    ready.add(e.target());
                }
            }
        }
        return sorted == graph.nodes().size();
    }

    @Property
    void aCycleIsFoundExactlyWhenNoTopologicalOrderExists(@ForAll("graphs") Graph graph) {
        boolean sorts = sortsTopologically(graph);

        assertEquals(!sorts, Cycles.find(graph.nodes(), graph.edges()).isPresent());
        Statistics.label("acyclic").collect(sorts)
                .coverage(coverage -> {
                    coverage.check(true).percentage(p -> p > 10);
                    coverage.check(false).percentage(p -> p > 10);
                });
    }

    @Property
    void aFoundCycleIsAClosedWalkAlongEdgesEndingInItsEdge(@ForAll("graphs") Graph graph) {
        Cycles.find(graph.nodes(), graph.edges()).ifPresent(cycle -> {
            List<String> path = cycle.path();
            assertTrue(path.size() >= 2, path::toString);
            assertEquals(path.getFirst(), path.getLast());
            assertEquals(path.size() - 1, path.stream().distinct().count(), "only the first node repeats: " + path);
            for (int i = 0; i + 1 < path.size(); i++) {
                String from = path.get(i);
                String to = path.get(i + 1);
                assertTrue(graph.edges().stream().anyMatch(e -> e.source().equals(from) && e.target().equals(to)),
                        from + " → " + to + " is no edge");
            }
            assertEquals(path.get(path.size() - 2), cycle.edge().source());
            assertEquals(path.getLast(), cycle.edge().target());
            assertTrue(graph.edges().contains(cycle.edge()));
        });
    }
}
