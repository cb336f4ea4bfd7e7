package dev.glyphic.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.shared.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubworkflowCyclesTest {
    private static final String A = "0190a3c4-0000-7000-8000-00000000000a";
    private static final String B = "0190a3c4-0000-7000-8000-00000000000b";
    private static final String C = "0190a3c4-0000-7000-8000-00000000000c";
    private static final String D = "0190a3c4-0000-7000-8000-00000000000d";

    private final SubworkflowCycles cycles = new SubworkflowCycles(NodeCatalogue.standard());

    @Test
    void aNodeStartingItsOwnWorkflowIsALoopAtItsField() {
        List<Violation> found = cycles.find(A, calling(A.toUpperCase()), id -> List.of());

        assertEquals(1, found.size(), found::toString);
        assertEquals("/nodes/1/data/fields/workflowId", found.getFirst().pointer());
        assertEquals("subworkflow_cycle", found.getFirst().code());
        assertTrue(found.getFirst().message().contains("'call1'"), found.getFirst().message());
    }

    @Test
    void aLoopThroughOtherWorkflowsIsFoundWithItsPath() {
        Map<String, List<String>> graph = Map.of(B, List.of(D), C, List.of(D), D, List.of(A));

        List<Violation> found = cycles.find(A, calling(B, C), id -> graph.getOrDefault(id, List.of()));

        assertEquals(List.of("/nodes/1/data/fields/workflowId", "/nodes/2/data/fields/workflowId"),
                found.stream().map(Violation::pointer).toList());
        assertTrue(found.getFirst().message().contains("this → " + B + " → " + D + " → this"),
                found.getFirst().message());
    }

    @Test
    void sharedChildrenAndLoopsThatDoNotPassThroughTheWorkflowAreNotItsViolation() {
        // B and C start D; C and D start each other (a loop stored earlier): A's save does not close it.
        Map<String, List<String>> graph = Map.of(B, List.of(D), C, List.of(D), D, List.of(C));

        assertEquals(List.of(), cycles.find(A, calling(B, C), id -> graph.getOrDefault(id, List.of())));
    }

    @Test
    void expressionsAndMalformedIdsAreNoReferences() {
        assertEquals(List.of(), cycles.references(calling("{{ $input.id }}", "not-a-uuid")));
        assertEquals(List.of(B), cycles.references(calling(B)).stream()
                .map(SubworkflowCycles.Reference::workflowId).toList());
    }

    /** trigger.manual, then one flow.subworkflow node per workflow id, ids call1, call2, ... */
    private static Json calling(String... workflowIds) {
        StringBuilder nodes = new StringBuilder("{\"id\": \"start\", \"type\": \"glyphic\", \"data\": "
                + "{\"nodeType\": \"trigger.manual\", \"fields\": {}}}");
        for (int i = 0; i < workflowIds.length; i++) {
            nodes.append(", {\"id\": \"call").append(i + 1).append("\", \"type\": \"glyphic\", \"data\": "
                    + "{\"nodeType\": \"flow.subworkflow\", \"fields\": {\"workflowId\": \"")
                    .append(workflowIds[i]).append("\"}}}");
        }
        return JsonText.parse("{\"nodes\": [" + nodes + "], \"edges\": []}");
    }
}
