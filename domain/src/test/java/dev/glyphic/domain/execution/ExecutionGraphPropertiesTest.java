package dev.glyphic.domain.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.execution.ExecutionGraph.NodeState;
import dev.glyphic.domain.execution.ExecutionGraph.Step;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonPointer;
import dev.glyphic.domain.workflow.WorkflowDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Whole runs on random acyclic graphs, each node finishing at a random moment among those running and firing a
 * random set of handles, checked against a plain reading of the rules: a node runs when an edge from a node that ran
 * carries a handle that node fired, and is skipped otherwise.
 */
class ExecutionGraphPropertiesTest {
    private static final Json INPUT = Json.of("the execution's input");

    /** An edge between node indexes, from the lower to the higher (so the graph is acyclic); null handle: any. */
    record Link(int from, int to, String handle) {
    }

    /** A graph, the handles each node fires when it completes, and a seed choosing which running node ends next. */
    record Scenario(int size, List<Link> links, List<Set<String>> fired, long seed) {
        WorkflowDefinition definition() {
            List<WorkflowDefinition.Node> nodes = IntStream.range(0, size)
                    .mapToObj(i -> new WorkflowDefinition.Node(id(i), "data.set", "", Map.of(), Json.EMPTY_OBJECT,
                            JsonPointer.ROOT.at("nodes").at(i)))
                    .toList();
            List<WorkflowDefinition.Edge> edges = new ArrayList<>();
            for (int i = 0; i < links.size(); i++) {
                Link link = links.get(i);
                edges.add(new WorkflowDefinition.Edge("e" + i, id(link.from()), link.handle(), id(link.to()), null,
                        JsonPointer.ROOT.at("edges").at(i)));
            }
            return new WorkflowDefinition(Json.EMPTY_OBJECT, nodes, edges);
        }

        Set<String> firedBy(String id) {
            return fired.get(Integer.parseInt(id.substring(1)));
        }
    }

    /** What a run came to: every decision in the order made, the final states and the output. */
    record Outcome(List<Step> decisions, Map<String, NodeState> states, Json output) {
        Map<String, Step> byNode() {
            Map<String, Step> byNode = new HashMap<>();
            decisions.forEach(step -> byNode.put(step.nodeId(), step));
            return byNode;
        }
    }

    static String id(int index) {
        return "n" + index;
    }

    static Json outputOf(String id) {
        return Json.of("output of " + id);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Arbitraries.integers().between(1, 25).flatMap(size -> {
            Arbitrary<String> handle = Arbitraries.of("x", "y").injectNull(0.4);
            Arbitrary<List<Link>> links = size == 1 ? Arbitraries.just(List.of())
                    : Arbitraries.integers().between(0, size - 2)
                            .flatMap(from -> Combinators.combine(Arbitraries.integers().between(from + 1, size - 1),
                                    handle).as((to, h) -> new Link(from, to, h)))
                            .list().ofMaxSize(3 * size);
            Arbitrary<List<Set<String>>> fired = Arbitraries.subsetOf("x", "y").list().ofSize(size);
            return Combinators.combine(links, fired, Arbitraries.longs())
                    .as((l, f, seed) -> new Scenario(size, l, f, seed));
        });
    }

    /**
     * Plays a run as an engine would: starts the entry nodes, then repeatedly lets a random running node complete
     * and advances from it, recording skips. Checks on the way that no node is decided twice and that each is decided
     * only once all its predecessors have finished.
     */
    static Outcome play(WorkflowDefinition definition, Function<String, Set<String>> fired,
                        Function<String, Json> output, Random random) {
        ExecutionGraph graph = ExecutionGraph.of(definition);
        Map<String, Set<String>> predecessors = new HashMap<>();
        for (WorkflowDefinition.Edge edge : definition.edges()) {
            predecessors.computeIfAbsent(edge.target(), k -> new HashSet<>()).add(edge.source());
        }
        Map<String, NodeState> states = new HashMap<>();
        List<Step> decisions = new ArrayList<>(graph.start(INPUT));
        List<String> running = new ArrayList<>(graph.entryNodes());
        Set<String> decided = new HashSet<>(running);
        while (!running.isEmpty()) {
            assertFalse(graph.isComplete(states), "complete while nodes still run: " + running);
            String id = running.remove(random.nextInt(running.size()));
            states.put(id, new NodeState.Done(output.apply(id), fired.apply(id)));
            for (Step step : graph.advance(states, id)) {
                assertTrue(decided.add(step.nodeId()), () -> step.nodeId() + " decided twice");
                assertTrue(states.keySet().containsAll(predecessors.get(step.nodeId())),
                        () -> step + " decided before all of " + predecessors.get(step.nodeId()) + " finished");
                decisions.add(step);
                switch (step) {
                    case Step.Run run -> running.add(run.nodeId());
                    // Recorded at once: a later step of the same cascade may depend on it, and the check above
                    // must see it.
                    case Step.Skip skip -> states.put(skip.nodeId(), new NodeState.Skipped());
                }
            }
        }
        assertTrue(graph.isComplete(states), "incomplete: " + states.keySet());
        return new Outcome(decisions, states, graph.output(states));
    }

    static Outcome play(Scenario scenario) {
        return play(scenario.definition(), scenario::firedBy, ExecutionGraphPropertiesTest::outputOf,
                new Random(scenario.seed()));
    }

    /** The rules read plainly, node by node in index order (a topological order, as links point forward). */
    static Map<String, Step> expectedDecisions(Scenario scenario) {
        Map<String, Step> expected = new HashMap<>();
        for (int node = 0; node < scenario.size(); node++) {
            int to = node;
            List<Link> in = scenario.links().stream().filter(l -> l.to() == to).toList();
            if (in.isEmpty()) {
                expected.put(id(node), new Step.Run(id(node), INPUT));
                continue;
            }
            Map<String, Json> inputs = new LinkedHashMap<>();
            for (Link link : in) {
                String source = id(link.from());
                boolean ran = expected.get(source) instanceof Step.Run;
                if (ran && (link.handle() == null || scenario.fired().get(link.from()).contains(link.handle()))) {
                    inputs.putIfAbsent(source, outputOf(source));
                }
            }
            expected.put(id(node), switch (inputs.size()) {
                case 0 -> new Step.Skip(id(node));
                case 1 -> new Step.Run(id(node), inputs.values().iterator().next());
                default -> new Step.Run(id(node), new Json.Obj(inputs));
            });
        }
        return expected;
    }

    @Property
    void everyNodeIsDecidedOnceAsTheRulesSayWhateverTheOrderNodesFinishIn(
            @ForAll("scenarios") Scenario scenario) {
        Outcome outcome = play(scenario);

        assertEquals(scenario.size(), outcome.decisions().size());
        assertEquals(expectedDecisions(scenario), outcome.byNode());
        Statistics.label("skips").collect(outcome.decisions().stream().anyMatch(Step.Skip.class::isInstance))
                .coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("joins").collect(outcome.decisions().stream()
                        .anyMatch(s -> s instanceof Step.Run run && run.input() instanceof Json.Obj))
                .coverage(c -> c.check(true).percentage(p -> p > 20));
    }

    @Property
    void theOutputIsWhatTheSinksThatRanGave(@ForAll("scenarios") Scenario scenario) {
        Outcome outcome = play(scenario);

        Map<String, Json> sinks = new LinkedHashMap<>();
        for (int node = 0; node < scenario.size(); node++) {
            int from = node;
            if (scenario.links().stream().noneMatch(l -> l.from() == from)
                    && outcome.states().get(id(node)) instanceof NodeState.Done) {
                sinks.put(id(node), outputOf(id(node)));
            }
        }
        Json expected = switch (sinks.size()) {
            case 0 -> Json.NULL;
            case 1 -> sinks.values().iterator().next();
            default -> new Json.Obj(sinks);
        };
        assertEquals(expected, outcome.output());
    }

    @Property
    void theSameRunGivesTheSameDecisionsInTheSameOrder(@ForAll("scenarios") Scenario scenario) {
        assertEquals(play(scenario).decisions(), play(scenario).decisions());
    }

    @Property
    void aDiamondJoinGetsBothBranchesOutputsWhicheverEndsLast(@ForAll String left, @ForAll String right,
                                                               @ForAll long seed) {
        WorkflowDefinition diamond = Graphs.graph("t b c d", "t>b", "t>c", "b>d", "c>d");
        Map<String, Json> outputs = Map.of("t", Json.of("start"), "b", Json.of(left), "c", Json.of(right),
                "d", Json.of("joined"));

        Outcome outcome = play(diamond, id -> Set.of(), outputs::get, new Random(seed));

        Map<String, Json> both = new LinkedHashMap<>();
        both.put("b", Json.of(left));
        both.put("c", Json.of(right));
        assertEquals(new Step.Run("d", new Json.Obj(both)), outcome.byNode().get("d"));
        assertEquals(List.of("b", "c"), List.copyOf(((Json.Obj) ((Step.Run) outcome.byNode().get("d")).input())
                .fields().keySet()));
    }

    /**
     * An if with a chain on each branch, joined afterwards: the branch not taken is skipped to its last node, the
     * branch taken runs, and so does the join, on the taken branch's output alone.
     */
    @Property
    void anIfSkipsTheWholeBranchNotTakenWhileTheJoinStillRuns(@ForAll @IntRange(min = 1, max = 6) int trueLength,
                                                               @ForAll @IntRange(min = 1, max = 6) int falseLength,
                                                               @ForAll boolean condition, @ForAll long seed) {
        List<String> edges = new ArrayList<>(List.of("t>if"));
        StringBuilder nodes = new StringBuilder("t if");
        for (String branch : List.of("true", "false")) {
            int length = branch.equals("true") ? trueLength : falseLength;
            String previous = "if:" + branch;
            for (int i = 0; i < length; i++) {
                String node = branch + i;
                nodes.append(' ').append(node);
                edges.add(previous + ">" + node);
                previous = node;
            }
            edges.add(previous + ">join");
        }
        nodes.append(" join after");
        edges.add("join>after");
        String taken = condition ? "true" : "false";
        int takenLength = condition ? trueLength : falseLength;
        int notTakenLength = condition ? falseLength : trueLength;

        Outcome outcome = play(Graphs.graph(nodes.toString(), edges.toArray(String[]::new)),
                id -> id.equals("if") ? Set.of(taken) : Set.of(), ExecutionGraphPropertiesTest::outputOf,
                new Random(seed));

        String notTaken = condition ? "false" : "true";
        for (int i = 0; i < notTakenLength; i++) {
            assertEquals(new NodeState.Skipped(), outcome.states().get(notTaken + i));
        }
        for (int i = 0; i < takenLength; i++) {
            assertTrue(outcome.states().get(taken + i) instanceof NodeState.Done, taken + i + " ran");
        }
        assertEquals(new Step.Run("join", outputOf(taken + (takenLength - 1))), outcome.byNode().get("join"));
        assertEquals(outputOf("after"), outcome.output());
    }
}
