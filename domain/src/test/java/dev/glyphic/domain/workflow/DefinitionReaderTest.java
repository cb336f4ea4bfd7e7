package dev.glyphic.domain.workflow;

import static dev.glyphic.domain.workflow.Docs.arr;
import static dev.glyphic.domain.workflow.Docs.assertViolations;
import static dev.glyphic.domain.workflow.Docs.obj;
import static dev.glyphic.domain.workflow.Docs.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonPointer;
import dev.glyphic.domain.json.JsonText;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shape of a document: what the rules need is read, everything else is left as it is. */
class DefinitionReaderTest {

    @Test
    void aDocumentThatIsNoObjectHasNoDefinition() {
        DefinitionReader.Result result = DefinitionReader.read(arr());

        assertTrue(result.definition().isEmpty());
        assertViolations(result.violations(), "wrong_type ");
    }

    @Test
    void nodesAndEdgesAreReadWithTheirPointers() {
        Json.Obj document = JsonText.parse("""
                {"nodes": [
                   {"id": "start", "data": {"label": "Start", "nodeType": "trigger.manual"}},
                   {"id": "fetch", "data": {"nodeType": "http.request", "fields": {"url": "https://x.example"}}}],
                 "edges": [
                   {"id": 36, "source": "start", "sourceHandle": "output", "target": "fetch", "targetHandle": "input"},
                   {"source": "start", "target": "fetch", "sourceHandle": null}]}
                """) instanceof Json.Obj o ? o : null;

        DefinitionReader.Result result = DefinitionReader.read(document);

        assertViolations(result.violations());
        WorkflowDefinition definition = result.definition().orElseThrow();
        assertSame(document, definition.document());
        assertEquals(List.of(
                new WorkflowDefinition.Node("start", "trigger.manual", "Start", Map.of(), Json.EMPTY_OBJECT,
                        JsonPointer.ROOT.at("nodes").at(0)),
                new WorkflowDefinition.Node("fetch", "http.request", "", Map.of("url", Json.of("https://x.example")),
                        Json.EMPTY_OBJECT, JsonPointer.ROOT.at("nodes").at(1))), definition.nodes());
        assertEquals(List.of(
                new WorkflowDefinition.Edge("36", "start", "output", "fetch", "input",
                        JsonPointer.ROOT.at("edges").at(0)),
                new WorkflowDefinition.Edge("", "start", null, "fetch", null, JsonPointer.ROOT.at("edges").at(1))),
                definition.edges());
    }

    @Test
    void aNodesFieldsKeepTheirDocumentOrder() {
        List<String> names = List.of("zeta", "alpha", "mu", "beta", "omega", "gamma", "kappa", "delta", "pi", "eta");
        Object[] fields = names.stream().flatMap(name -> Stream.of(name, 1)).toArray();

        WorkflowDefinition definition = workflow().node("n", "data.set", fields).read();

        assertEquals(names, List.copyOf(definition.nodes().getFirst().fields().keySet()));
    }

    @Test
    void aDocumentNeedsANodesArrayButMayLeaveOutEverythingElse() {
        assertViolations(DefinitionReader.read(obj()).violations(), "required /nodes");
        assertViolations(DefinitionReader.read(obj("nodes", obj())).violations(), "wrong_type /nodes");
        assertViolations(DefinitionReader.read(obj("nodes", arr())).violations());
    }

    @Test
    void theOtherTopLevelPartsMustHaveTheirTypesWhenGiven() {
        Json document = workflow().with("edges", obj()).with("groups", obj()).with("config", arr())
                .with("metadata", "none").build();

        assertViolations(DefinitionReader.read(document).violations(), "wrong_type /edges", "wrong_type /groups",
                "wrong_type /config", "wrong_type /metadata");
    }

    @Test
    void aNodeNeedsAStringIdAndADataObjectWithItsType() {
        Json document = workflow()
                .raw(Json.of("node"))
                .raw(obj("id", "no-data"))
                .raw(obj("id", "data-is-a-list", "data", arr()))
                .raw(obj("id", "untyped", "data", obj("label", "Untyped")))
                .raw(obj("id", "  ", "data", obj("nodeType", "data.set")))
                .raw(obj("id", 39, "data", obj("nodeType", "data.set")))
                .raw(obj("data", obj("nodeType", "data.set")))
                .raw(obj("id", "typed-by-number", "data", obj("nodeType", 7)))
                .build();

        DefinitionReader.Result result = DefinitionReader.read(document);

        assertViolations(result.violations(), "wrong_type /nodes/0", "required /nodes/1/data",
                "wrong_type /nodes/2/data", "required /nodes/3/data/nodeType", "wrong_type /nodes/4/id",
                "wrong_type /nodes/5/id", "required /nodes/6/id", "wrong_type /nodes/7/data/nodeType");
        assertEquals(List.of(), result.definition().orElseThrow().nodes());
    }

    @Test
    void aNodeWithBadFieldsOrLabelIsStillReadForTheOtherRules() {
        Json document = workflow()
                .raw(obj("id", "a", "data", obj("nodeType", "data.set", "fields", arr("values"))))
                .raw(obj("id", "b", "data", obj("nodeType", "data.set", "label", 5)))
                .build();

        DefinitionReader.Result result = DefinitionReader.read(document);

        assertViolations(result.violations(), "wrong_type /nodes/0/data/fields", "wrong_type /nodes/1/data/label");
        assertEquals(List.of("a", "b"), result.definition().orElseThrow().nodes().stream()
                .map(WorkflowDefinition.Node::id).toList());
    }

    @Test
    void aNodesSettingsAreReadAsTheyAreAndMustBeAnObject() {
        Json.Obj settings = obj("timeoutMs", 30000, "retry", obj("maxAttempts", 5));
        Json document = workflow()
                .raw(obj("id", "a", "data", obj("nodeType", "data.set", "settings", settings)))
                .raw(obj("id", "b", "data", obj("nodeType", "data.set", "settings", arr())))
                .raw(obj("id", "c", "data", obj("nodeType", "data.set")))
                .build();

        DefinitionReader.Result result = DefinitionReader.read(document);

        assertViolations(result.violations(), "wrong_type /nodes/1/data/settings");
        assertEquals(List.of(settings, Json.EMPTY_OBJECT, Json.EMPTY_OBJECT), result.definition().orElseThrow()
                .nodes().stream().map(WorkflowDefinition.Node::settings).toList());
    }

    @Test
    void anEdgeNeedsASourceAndATargetAndItsHandlesAreNames() {
        Json document = workflow()
                .rawEdge(arr())
                .rawEdge(obj("target", "b"))
                .rawEdge(obj("source", "a", "target", 2))
                .rawEdge(obj("source", "a", "target", "b", "sourceHandle", 1, "targetHandle", ""))
                .build();

        DefinitionReader.Result result = DefinitionReader.read(document);

        assertViolations(result.violations(), "wrong_type /edges/0", "required /edges/1/source",
                "wrong_type /edges/2/target", "wrong_type /edges/3/sourceHandle", "wrong_type /edges/3/targetHandle");
        assertEquals(List.of(new WorkflowDefinition.Edge("", "a", null, "b", null, JsonPointer.ROOT.at("edges").at(3))),
                result.definition().orElseThrow().edges());
    }
}
