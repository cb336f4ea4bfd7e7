package dev.glyphic.domain.execution;

import static dev.glyphic.domain.execution.Graphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.execution.ExecutionGraph.NodeState;
import dev.glyphic.domain.execution.ExecutionGraph.Step;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonPointer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExecutionGraphTest {
    private final Map<String, NodeState> states = new HashMap<>();

    private static Json out(String id) {
        return Json.of("output of " + id);
    }

    /** Marks the node done, firing these handles, and advances from it. */
    private List<Step> finish(ExecutionGraph graph, String id, String... fired) {
        states.put(id, new NodeState.Done(out(id), Set.of(fired)));
        List<Step> steps = graph.advance(states, id);
        steps.stream().filter(Step.Skip.class::isInstance)
                .forEach(skip -> states.put(skip.nodeId(), new NodeState.Skipped()));
        return steps;
    }

    private static Json.Obj obj(Object... keysAndValues) {
        Map<String, Json> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], (Json) keysAndValues[i + 1]);
        }
        return new Json.Obj(fields);
    }

    @Test
    void theEntryNodesAreThoseNothingFlowsIntoInDocumentOrder() {
        ExecutionGraph graph = ExecutionGraph.of(graph("a t1 b lone t2", "t2>b", "t1>a", "a>b"));

        assertEquals(List.of("t1", "lone", "t2"), graph.entryNodes());
    }

    @Test
    void everyEntryNodeStartsWithTheExecutionsInput() {
        ExecutionGraph graph = ExecutionGraph.of(graph("t1 a t2", "t1>a", "t2>a"));
        Json input = obj("topic", Json.of("otters"));

        assertEquals(List.of(new Step.Run("t1", input), new Step.Run("t2", input)), graph.start(input));
    }

    @Test
    void aNodeIsLookedUpByIdAndAnUnknownIdIsRefused() {
        ExecutionGraph graph = ExecutionGraph.of(graph("t a", "t>a"));

        assertEquals(JsonPointer.ROOT.at("nodes").at(1), graph.node("a").at());
        assertThrows(IllegalArgumentException.class, () -> graph.node("ghost"));
    }

    @Test
    void aChainRunsEachNodeWithItsPredecessorsOutput() {
        ExecutionGraph graph = ExecutionGraph.of(graph("t a b", "t>a", "a>b"));

        assertEquals(List.of(new Step.Run("a", out("t"))), finish(graph, "t"));
        assertEquals(List.of(new Step.Run("b", out("a"))), finish(graph, "a"));
        assertEquals(List.of(), finish(graph, "b"));
        assertTrue(graph.isComplete(states));
        assertEquals(out("b"), graph.output(states));
    }

    @Test
    void aNodeWithSeveralSuccessorsStartsThemAllInTheOrderOfTheirEdges() {
        ExecutionGraph graph = ExecutionGraph.of(graph("t a b c", "t>c", "t>a", "t>b"));

        assertEquals(List.of(new Step.Run("c", out("t")), new Step.Run("a", out("t")), new Step.Run("b", out("t"))),
                finish(graph, "t"));
    }

    @Test
    void aDiamondJoinWaitsForBothBranchesAndGetsBothOutputsKeyedInEdgeOrder() {
        // The edge from c is listed first, so c comes first in the join whichever branch ends last.
        ExecutionGraph graph = ExecutionGraph.of(graph("t b c d", "t>b", "t>c", "c>d", "b>d"));
        finish(graph, "t");

        assertEquals(List.of(), finish(graph, "b"));
        List<Step> steps = finish(graph, "c");

        assertEquals(List.of(new Step.Run("d", obj("c", out("c"), "b", out("b")))), steps);
        assertEquals(List.of("c", "b"), List.copyOf(((Json.Obj) ((Step.Run) steps.getFirst()).input())
                .fields().keySet()));
    }

    @Test
    void anIfSkipsTheWholeBranchNotTakenAndTheJoinRunsOnTheTakenOne() {
        ExecutionGraph graph = ExecutionGraph.of(graph("t if yes no no2 join end",
                "t>if", "if:true>yes", "if:false>no", "no>no2", "yes>join", "no2>join", "join>end"));
        finish(graph, "t");

        assertEquals(List.of(new Step.Run("yes", out("if")), new Step.Skip("no"), new Step.Skip("no2")),
                finish(graph, "if", "true"));
        assertEquals(List.of(new Step.Run("join", out("yes"))), finish(graph, "yes"));
        assertEquals(List.of(new Step.Run("end", out("join"))), finish(graph, "join"));
        finish(graph, "end");

        assertTrue(graph.isComplete(states));
        assertEquals(new NodeState.Skipped(), states.get("no2"));
    }

    @Test
    void whenNoEdgeIntoAJoinFiresTheSkipCascadesToTheEnd() {
        ExecutionGraph graph = ExecutionGraph.of(graph("t if a b join end",
                "t>if", "if:true>a", "if:true>b", "a>join", "b>join", "join>end"));
        finish(graph, "t");

        assertEquals(List.of(new Step.Skip("a"), new Step.Skip("b"), new Step.Skip("join"), new Step.Skip("end")),
                finish(graph, "if", "false"));
        assertTrue(graph.isComplete(states));
        assertEquals(Json.NULL, graph.output(states));
    }

    @Test
    void aSkipCascadeStopsAtANodeWhoseOtherPredecessorIsStillRunning() {
        ExecutionGraph graph = ExecutionGraph.of(graph("t if slow a join", "t>if", "t>slow", "if:true>a", "a>join",
                "slow>join"));
        finish(graph, "t");

        assertEquals(List.of(new Step.Skip("a")), finish(graph, "if", "false"));
        assertEquals(List.of(new Step.Run("join", out("slow"))), finish(graph, "slow"));
    }

    @Test
    void anEdgeNamingNoHandleFiresWheneverItsSourceIsDone() {
        ExecutionGraph graph = ExecutionGraph.of(graph("t a", "t>a"));

        assertEquals(List.of(new Step.Run("a", out("t"))), finish(graph, "t"));
    }

    @Test
    void anEdgeNamingAHandleFiresOnlyWhenTheSourceFiredIt() {
        ExecutionGraph graph = ExecutionGraph.of(graph("t a", "t:output>a"));

        assertEquals(List.of(new Step.Skip("a")), finish(graph, "t", "other"));
    }

    @Test
    void twoFiredEdgesFromOneSourceGiveItsOutputNotAJoin() {
        ExecutionGraph graph = ExecutionGraph.of(graph("t switch a", "t>switch", "switch:x>a", "switch:y>a"));
        finish(graph, "t");

        assertEquals(List.of(new Step.Run("a", out("switch"))), finish(graph, "switch", "x", "y"));
    }

    @Test
    void aJoinOfWhichOneBranchWasSkippedGetsTheOtherOutputAlone() {
        ExecutionGraph graph = ExecutionGraph.of(graph("t b c d", "t>b", "t>c", "b:go>d", "c>d"));
        finish(graph, "t");
        finish(graph, "b", "stop");

        assertEquals(List.of(new Step.Run("d", out("c"))), finish(graph, "c"));
    }

    @Test
    void aNodeAlreadyFinishedIsNotDecidedAgain() {
        ExecutionGraph graph = ExecutionGraph.of(graph("t a", "t>a"));
        states.put("a", new NodeState.Skipped());

        assertEquals(List.of(), finish(graph, "t"));
    }

    @Test
    void advancingFromANodeThatHasNotFinishedOrDoesNotExistIsRefused() {
        ExecutionGraph graph = ExecutionGraph.of(graph("t a", "t>a"));

        assertThrows(IllegalArgumentException.class, () -> graph.advance(Map.of(), "t"));
        assertThrows(IllegalArgumentException.class, () -> graph.advance(Map.of("t", new NodeState.Skipped()),
                "ghost"));
    }

    @Test
    void anEdgeToANodeThatDoesNotExistIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ExecutionGraph.of(graph("t", "t>ghost")));
    }

    @Test
    void theGraphIsCompleteOnlyWhenEveryNodeHasFinished() {
        ExecutionGraph graph = ExecutionGraph.of(graph("t a b", "t>a", "t>b"));
        finish(graph, "t");
        finish(graph, "a");

        assertFalse(graph.isComplete(states));
        finish(graph, "b");
        assertTrue(graph.isComplete(states));
    }

    @Test
    void theOutputIsTheOneCompletedSinksOrAnObjectOfSeveralInDocumentOrder() {
        ExecutionGraph graph = ExecutionGraph.of(graph("t z if a", "t>if", "if:x>a", "t>z"));

        assertEquals(Json.NULL, graph.output(Map.of("t", new NodeState.Done(out("t"), Set.of()))));
        assertEquals(out("a"), graph.output(Map.of("a", new NodeState.Done(out("a"), Set.of()),
                "z", new NodeState.Skipped())));
        Json both = graph.output(Map.of("a", new NodeState.Done(out("a"), Set.of()),
                "z", new NodeState.Done(out("z"), Set.of())));
        assertEquals(obj("z", out("z"), "a", out("a")), both);
        assertEquals(List.of("z", "a"), List.copyOf(((Json.Obj) both).fields().keySet()));
    }

    @Test
    void aLoneNodeIsBothEntryAndSink() {
        ExecutionGraph graph = ExecutionGraph.of(graph("only"));

        assertEquals(List.of("only"), graph.entryNodes());
        assertEquals(out("only"), graph.output(Map.of("only", new NodeState.Done(out("only"), Set.of()))));
    }
}
