package dev.glyphic.domain.workflow;

import static dev.glyphic.domain.workflow.Docs.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.shared.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random workflows: node 0 a manual trigger, the others valid data.set nodes, edges only from a lower to a higher
 * index (so the graph is acyclic and nothing flows into the trigger).
 */
class DefinitionValidatorPropertiesTest {

    record Link(int from, int to) {
    }

    record Graph(int size, List<Link> links) {
        Json document() {
            Docs.Builder builder = Docs.workflow().trigger("n0");
            for (int i = 1; i < size; i++) {
                builder.step("n" + i);
            }
            links.forEach(link -> builder.edge("n" + link.from(), "n" + link.to()));
            return builder.build();
        }

        Graph with(Link link) {
            List<Link> more = new ArrayList<>(links);
            more.add(link);
            return new Graph(size, more);
        }

        boolean reaches(int from, int to) {
            Deque<Integer> todo = new ArrayDeque<>(List.of(from));
            Set<Integer> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                int node = todo.pop();
                if (node == to) {
                    return true;
                }
                if (seen.add(node)) {
                    links.stream().filter(l -> l.from() == node).forEach(l -> todo.push(l.to()));
                }
            }
            return false;
        }
    }

    private static Arbitrary<Link> forward(int size) {
        return Arbitraries.integers().between(0, size - 2)
                .flatMap(from -> Arbitraries.integers().between(from + 1, size - 1).map(to -> new Link(from, to)));
    }

    private static Arbitrary<Graph> dagsOf(int minSize) {
        return Arbitraries.integers().between(minSize, 40).flatMap(size -> size == 1
                ? Arbitraries.just(new Graph(1, List.of()))
                : forward(size).list().ofMaxSize(3 * size).map(links -> new Graph(size, links)));
    }

    @Provide
    Arbitrary<Graph> dags() {
        return dagsOf(1);
    }

    /** A DAG of at least three nodes and an edge a → b between two non-trigger nodes, a < b. */
    @Provide
    Arbitrary<Graph> dagsWithAnEdgeToTurnBack() {
        return dagsOf(3).flatMap(graph -> Arbitraries.integers().between(1, graph.size() - 2)
                .flatMap(a -> Arbitraries.integers().between(a + 1, graph.size() - 1)
                        .map(b -> graph.with(new Link(a, b)))));
    }

    @Provide
    Arbitrary<Graph> dagsWithABackEdge() {
        return dagsOf(3).flatMap(graph -> Combinators.combine(
                        Arbitraries.integers().between(1, graph.size() - 1),
                        Arbitraries.integers().between(1, graph.size() - 1))
                .filter((i, j) -> !i.equals(j))
                .as((i, j) -> graph.with(new Link(Math.max(i, j), Math.min(i, j)))));
    }

    @Property
    void anAcyclicWorkflowOfValidNodesHasNoViolations(@ForAll("dags") Graph graph) {
        assertEquals(List.of(), validate(graph.document()));
    }

    @Property
    void turningAnEdgeBackIsRefusedWithExactlyOneCycle(@ForAll("dagsWithAnEdgeToTurnBack") Graph graph) {
        Link forward = graph.links().getLast();
        Graph cyclic = graph.with(new Link(forward.to(), forward.from()));

        List<Violation> violations = validate(cyclic.document());

        assertEquals(1, violations.size(), violations::toString);
        Violation cycle = violations.getFirst();
        assertEquals("cycle", cycle.code());
        assertTrue(cycle.pointer().matches("/edges/\\d+"), cycle.pointer());
        assertTrue(cycle.message().contains("n" + forward.from() + " → ")
                && cycle.message().contains("n" + forward.to() + " → "), cycle.message());
    }

    @Property
    void aBackEdgeIsRefusedExactlyWhenItClosesAPath(@ForAll("dagsWithABackEdge") Graph graph) {
        Link back = graph.links().getLast();
        boolean closesAPath = new Graph(graph.size(), graph.links().subList(0, graph.links().size() - 1))
                .reaches(back.to(), back.from());

        List<String> codes = validate(graph.document()).stream().map(Violation::code).toList();

        assertEquals(closesAPath ? List.of("cycle") : List.of(), codes);
        Statistics.label("closes a path").collect(closesAPath)
                .coverage(coverage -> {
                    coverage.check(true).percentage(p -> p > 10);
                    coverage.check(false).percentage(p -> p > 10);
                });
    }
}
