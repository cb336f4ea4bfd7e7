package dev.glyphic.domain.workflow;

import static dev.glyphic.domain.workflow.Docs.arr;
import static dev.glyphic.domain.workflow.Docs.obj;
import static dev.glyphic.domain.workflow.Docs.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefinitionDiffTest {

    private static WorkflowDefinition read(String json) {
        return DefinitionReader.read(JsonText.parse(json)).definition().orElseThrow();
    }

    private static DefinitionDiff.EdgeKey key(String source, String sourceHandle, String target, String targetHandle) {
        return new DefinitionDiff.EdgeKey(source, sourceHandle, target, targetHandle);
    }

    @Test
    void aDefinitionComparedWithItselfHasNoChanges() {
        WorkflowDefinition definition = workflow().trigger("t").step("a").edge("t", "a").read();

        DefinitionDiff diff = DefinitionDiff.between(definition, definition);

        assertTrue(diff.isEmpty());
        assertEquals(new DefinitionDiff(List.of(), List.of(), List.of(), List.of(), List.of()), diff);
    }

    @Test
    void movingAndResizingNodesIsNoChange() {
        WorkflowDefinition before = read("""
                {"nodes": [{"id": "t", "pos": [0, 0], "size": [270, 145], "selected": false,
                            "data": {"label": "Start", "nodeType": "trigger.manual"}}],
                 "edges": [], "config": {"zoom": 1}}
                """);
        WorkflowDefinition after = read("""
                {"nodes": [{"id": "t", "pos": [480.5, 12], "size": [300, 200], "selected": true,
                            "data": {"label": "Start", "nodeType": "trigger.manual"}}],
                 "edges": [], "config": {"zoom": 2}}
                """);

        assertTrue(DefinitionDiff.between(before, after).isEmpty());
    }

    @Test
    void nodesAddedAndRemovedAreListedById() {
        WorkflowDefinition before = workflow().trigger("t").step("old").step("kept").read();
        WorkflowDefinition after = workflow().trigger("t").step("kept").step("new1").step("new2").read();

        DefinitionDiff diff = DefinitionDiff.between(before, after);

        assertEquals(List.of("new1", "new2"), diff.nodesAdded());
        assertEquals(List.of("old"), diff.nodesRemoved());
        assertEquals(List.of(), diff.nodesChanged());
        assertFalse(diff.isEmpty());
    }

    @Test
    void aFieldAddedRemovedOrChangedIsListedWithItsValuesBeforeAndAfter() {
        WorkflowDefinition before = workflow().trigger("t")
                .node("h", "http.request", "url", "https://old.example", "method", "GET", "timeoutMs", 1000).read();
        WorkflowDefinition after = workflow().trigger("t")
                .node("h", "http.request", "url", "https://new.example", "timeoutMs", 1000,
                        "headers", obj("Accept", "application/json")).read();

        DefinitionDiff diff = DefinitionDiff.between(before, after);

        assertEquals(List.of(new DefinitionDiff.NodeChange("h", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(
                        new DefinitionDiff.FieldChange("url", Optional.of(Json.of("https://old.example")),
                                Optional.of(Json.of("https://new.example"))),
                        new DefinitionDiff.FieldChange("method", Optional.of(Json.of("GET")), Optional.empty()),
                        new DefinitionDiff.FieldChange("headers", Optional.empty(),
                                Optional.of(obj("Accept", "application/json")))))), diff.nodesChanged());
    }

    @Test
    void aNestedValueThatChangesChangesItsFieldButKeyOrderDoesNot() {
        WorkflowDefinition before = workflow()
                .node("d", "data.set", "values", obj("a", arr(1, 2), "b", true)).read();
        WorkflowDefinition after = workflow()
                .node("d", "data.set", "values", obj("a", arr(1, 3), "b", true)).read();
        WorkflowDefinition reordered = workflow()
                .node("d", "data.set", "values", obj("b", true, "a", arr(1, 2))).read();

        DefinitionDiff diff = DefinitionDiff.between(before, after);

        assertEquals(List.of(new DefinitionDiff.FieldChange("values", Optional.of(obj("a", arr(1, 2), "b", true)),
                Optional.of(obj("a", arr(1, 3), "b", true)))), diff.nodesChanged().getFirst().fields());
        assertTrue(DefinitionDiff.between(before, reordered).isEmpty());
    }

    @Test
    void aLabelOrTypeChangeIsListedWithBothSides() {
        WorkflowDefinition before = workflow().labelled("t", "Start", "trigger.manual")
                .labelled("x", "Wait", "flow.delay", "duration", "PT5M").read();
        WorkflowDefinition after = workflow().labelled("t", "Begin", "trigger.manual")
                .labelled("x", "Wait", "flow.approval").read();

        DefinitionDiff diff = DefinitionDiff.between(before, after);

        assertEquals(List.of(
                new DefinitionDiff.NodeChange("t", Optional.empty(), Optional.empty(), Optional.of("Start"),
                        Optional.of("Begin"), List.of()),
                new DefinitionDiff.NodeChange("x", Optional.of("flow.delay"), Optional.of("flow.approval"),
                        Optional.empty(), Optional.empty(), List.of(new DefinitionDiff.FieldChange("duration",
                        Optional.of(Json.of("PT5M")), Optional.empty())))), diff.nodesChanged());
    }

    @Test
    void edgesAreComparedByWhatTheyConnectNotByTheirIds() {
        WorkflowDefinition before = read("""
                {"nodes": [], "edges": [
                  {"id": "e1", "source": "t", "target": "a"},
                  {"id": "e2", "source": "if", "sourceHandle": "true", "target": "b", "targetHandle": "input"}]}
                """);
        WorkflowDefinition after = read("""
                {"nodes": [], "edges": [
                  {"id": 99, "source": "t", "target": "a"},
                  {"id": "e2", "source": "if", "sourceHandle": "false", "target": "b", "targetHandle": "input"},
                  {"id": "e3", "source": "a", "target": "b"}]}
                """);

        DefinitionDiff diff = DefinitionDiff.between(before, after);

        assertEquals(List.of(key("if", "false", "b", "input"), key("a", null, "b", null)), diff.edgesAdded());
        assertEquals(List.of(key("if", "true", "b", "input")), diff.edgesRemoved());
        assertEquals(List.of(), diff.nodesAdded());
    }
}
