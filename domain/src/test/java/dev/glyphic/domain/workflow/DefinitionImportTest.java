package dev.glyphic.domain.workflow;

import static dev.glyphic.domain.DomainAssertions.assertInvalid;
import static dev.glyphic.domain.workflow.Docs.arr;
import static dev.glyphic.domain.workflow.Docs.assertValid;
import static dev.glyphic.domain.workflow.Docs.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.shared.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionImportTest {

    @Test
    void aGlyphicFileKeepsTheFormatsKeysAndNamesTheOthersItDrops() {
        Json file = JsonText.parse("""
                {"id": "w1", "revision": 2, "last_node_id": 47, "last_link_id": 45, "exportedBy": "someone",
                 "nodes": [{"id": "t", "data": {"nodeType": "trigger.manual"}, "pos": [1, 2]}],
                 "edges": [], "groups": [], "config": {}, "metadata": {"created_by": "u"}, "a/b": 1}
                """);

        DefinitionImport.Result result = DefinitionImport.glyphic(file);

        assertEquals(JsonText.parse("""
                {"id": "w1", "revision": 2, "last_node_id": 47, "last_link_id": 45,
                 "nodes": [{"id": "t", "data": {"nodeType": "trigger.manual"}, "pos": [1, 2]}],
                 "edges": [], "groups": [], "config": {}, "metadata": {"created_by": "u"}}
                """), result.definition());
        assertEquals(List.of("/exportedBy", "/a~1b"), result.dropped());
        assertValid(result.definition());
    }

    @Test
    void aFileThatIsNoObjectCannotBeImported() {
        Violation glyphic = assertInvalid("wrong_type", () -> DefinitionImport.glyphic(arr()));
        Violation reactFlow = assertInvalid("wrong_type", () -> DefinitionImport.reactFlow(Json.of("flow")));

        assertEquals("", glyphic.pointer());
        assertEquals("", reactFlow.pointer());
    }

    @Test
    void aReactFlowExportBecomesAGlyphicDefinition() {
        Json file = JsonText.parse("""
                {"nodes": [
                   {"id": "start", "type": "input", "position": {"x": 10, "y": 20.5}, "width": 150, "height": 40,
                    "selected": true, "data": {"label": "Start", "nodeType": "trigger.manual", "extra": "x"}},
                   {"id": "set", "type": "data.set", "position": {"x": 10}, "data": {"fields": {"values": {"a": 1}},
                                                                       "settings": {"timeoutMs": 5000}}},
                   {"id": "wait", "type": "flow.delay", "width": 100}
                 ],
                 "edges": [
                   {"id": "e1", "source": "start", "target": "set", "animated": true, "sourceHandle": "output"},
                   {"id": "e2", "source": "set", "target": "wait", "style": {"stroke": "red"}}
                 ],
                 "viewport": {"x": 0, "y": 0, "zoom": 1}}
                """);

        DefinitionImport.Result result = DefinitionImport.reactFlow(file);

        assertEquals(JsonText.parse("""
                {"nodes": [
                   {"id": "start", "type": "input", "pos": [10, 20.5], "size": [150, 40],
                    "data": {"label": "Start", "nodeType": "trigger.manual", "fields": {}}},
                   {"id": "set", "type": "data.set", "pos": [10, 0],
                    "data": {"nodeType": "data.set", "fields": {"values": {"a": 1}}, "settings": {"timeoutMs": 5000}}},
                   {"id": "wait", "type": "flow.delay", "data": {"nodeType": "flow.delay", "fields": {}}}
                 ],
                 "edges": [
                   {"id": "e1", "source": "start", "target": "set", "sourceHandle": "output"},
                   {"id": "e2", "source": "set", "target": "wait"}
                 ],
                 "groups": [], "config": {}, "metadata": {"importedFrom": "react-flow"}}
                """), result.definition());
        assertEquals(List.of("/viewport", "/nodes/0/data/extra", "/nodes/0/selected", "/nodes/2/width",
                "/edges/0/animated", "/edges/1/style"), result.dropped());
    }

    @Test
    void whatCannotBeMappedIsReportedAsDroppedToo() {
        Json file = JsonText.parse("""
                {"nodes": [
                   {"id": "a", "type": "trigger.manual", "position": [0, 0], "width": 150, "data": "Start"},
                   {"id": "b", "type": "data.set", "height": 40, "data": {"fields": {"values": {}}}}]}
                """);

        DefinitionImport.Result result = DefinitionImport.reactFlow(file);

        assertEquals(List.of("/nodes/0/position", "/nodes/0/width", "/nodes/0/data", "/nodes/1/height"),
                result.dropped());
        assertEquals(arr(obj("id", "a", "type", "trigger.manual", "data", obj("nodeType", "trigger.manual",
                        "fields", obj())),
                obj("id", "b", "type", "data.set", "data",
                        obj("nodeType", "data.set", "fields", obj("values", obj())))),
                result.definition().get("nodes").orElseThrow());
    }

    @Test
    void anImportedReactFlowDefinitionIsValidatedLikeAnyOther() {
        Json file = JsonText.parse("""
                {"nodes": [
                   {"id": "start", "type": "trigger.manual", "position": {"x": 0, "y": 0}, "data": {"label": "Go"}},
                   {"id": "wait", "type": "flow.delay", "position": {"x": 0, "y": 100},
                    "data": {"fields": {"duration": "P31D"}}}],
                 "edges": [{"id": "e", "source": "start", "target": "wait"}]}
                """);

        Json definition = DefinitionImport.reactFlow(file).definition();

        Docs.assertViolations(definition, "out_of_range /nodes/1/data/fields/duration");
    }

    @Test
    void aNodeWithoutAnyTypeIsImportedWithANullTypeForTheValidatorToReport() {
        Json file = obj("nodes", arr(obj("id", "n", "data", obj("label", "?"))));

        Json definition = DefinitionImport.reactFlow(file).definition();

        assertEquals(arr(obj("id", "n", "data", obj("label", "?", "nodeType", null, "fields", obj()))),
                ((Json.Obj) definition).get("nodes").orElseThrow());
        Docs.assertViolations(definition, "required /nodes/0/data/nodeType", "no_trigger /nodes");
    }

    @Test
    void aReactFlowFileWithoutNodesOrEdgesGivesAnEmptyDefinition() {
        DefinitionImport.Result result = DefinitionImport.reactFlow(obj());

        assertEquals(obj("nodes", arr(), "edges", arr(), "groups", arr(), "config", obj(),
                "metadata", obj("importedFrom", "react-flow")), result.definition());
        assertEquals(List.of(), result.dropped());
    }

    @Test
    void nodesOrEdgesThatAreNoArrayCannotBeImported() {
        Violation nodes = assertInvalid("wrong_type", () -> DefinitionImport.reactFlow(obj("nodes", obj())));
        Violation edges = assertInvalid("wrong_type",
                () -> DefinitionImport.reactFlow(obj("nodes", arr(), "edges", "none")));

        assertEquals("/definition/nodes", nodes.pointer());
        assertEquals("/definition/edges", edges.pointer());
    }

    @Test
    void nodesAndEdgesThatAreNoObjectsPassThroughForTheValidatorToReport() {
        Json file = obj("nodes", arr("loose"), "edges", arr(7));

        Json definition = DefinitionImport.reactFlow(file).definition();

        Docs.assertViolations(definition, "wrong_type /nodes/0", "wrong_type /edges/0", "no_trigger /nodes");
    }
}
