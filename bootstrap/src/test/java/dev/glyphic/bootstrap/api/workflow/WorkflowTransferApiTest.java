package dev.glyphic.bootstrap.api.workflow;

import static dev.glyphic.bootstrap.api.workflow.Workflows.create;
import static dev.glyphic.bootstrap.api.workflow.Workflows.nodesById;
import static dev.glyphic.bootstrap.api.workflow.Workflows.validDefinition;
import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Expect.invalid;
import static dev.glyphic.bootstrap.testing.Expect.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.Expect;
import dev.glyphic.bootstrap.testing.TestOrg;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Workflows leave as files and come back from them: Glyphic's own export, and React Flow documents. */
class WorkflowTransferApiTest {
    private static final Api API = new Api();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestOrg org;
    private static Workflows.Space space;

    @BeforeAll
    static void anOrganizationWithAWorkspace() {
        org = TestOrg.create(API);
        space = Workflows.newSpace(API, org);
    }

    @Test
    void anExportedWorkflowImportsBackToTheSameDefinition() {
        String id = create(API, space, org.member(), "Exported", validDefinition(), "description", "round trip",
                "tags", List.of("io")).text("id");

        Api.Reply export = status(200, API.get(space.workflow(id) + "/export").as(org.viewer()).send());
        assertEquals("glyphic.workflow/v1", export.text("format"));
        assertEquals("Exported", export.text("name"));
        assertEquals("round trip", export.text("description"));
        assertEquals("io", export.json().path("tags").get(0).asText());

        Api.Reply whole = status(201, API.post(space.workflows() + "/import", json("format", "glyphic",
                "definition", export.json())).as(org.member()).send());
        JsonNode imported = whole.json().path("workflow");
        assertNotEquals(id, imported.path("id").asText());
        assertEquals("Exported", imported.path("name").asText(), "the file's name, when none is given");
        assertEquals(export.json().path("definition"), imported.path("definition"));
        assertTrue(imported.path("valid").asBoolean(), whole::toString);
        assertFalse(imported.path("active").asBoolean(), "an import starts inactive");
        assertEquals(0, whole.json().path("dropped").size(), whole::toString);
        assertEquals(space.workflow(imported.path("id").asText()), whole.header("Location").orElseThrow());

        Api.Reply bare = status(201, API.post(space.workflows() + "/import", json("format", "glyphic",
                "name", "Bare copy", "definition", export.json().path("definition"))).as(org.member()).send());
        assertEquals(JSON.valueToTree(validDefinition()), bare.json().path("workflow").path("definition"));
        assertEquals("Bare copy", bare.json().path("workflow").path("name").asText());
    }

    @Test
    void aReactFlowDocumentIsMappedAndWhatHasNoPlaceIsReported() {
        var document = json(
                "nodes", List.of(
                        json("id", "start", "type", "trigger.manual", "position", json("x", 10, "y", 20),
                                "data", json("label", "Start"), "selected", true),
                        json("id", "fetch", "type", "default", "position", json("x", 200, "y", 20),
                                "width", 150, "height", 40,
                                "data", json("nodeType", "http.request", "fields",
                                        json("url", "https://example.com/feed")))),
                "edges", List.of(json("id", "e1", "source", "start", "target", "fetch", "animated", true)),
                "viewport", json("x", 0, "y", 0, "zoom", 1));

        Api.Reply imported = status(201, API.post(space.workflows() + "/import", json("format", "react-flow",
                "name", "From the editor", "definition", document)).as(org.member()).send());

        List<String> dropped = new ArrayList<>();
        imported.json().path("dropped").forEach(p -> dropped.add(p.asText()));
        assertTrue(dropped.containsAll(List.of("/viewport", "/nodes/0/selected", "/edges/0/animated")),
                dropped::toString);
        JsonNode workflow = imported.json().path("workflow");
        assertTrue(workflow.path("valid").asBoolean(), imported::toString);
        var nodes = nodesById(workflow.path("definition"));
        assertEquals("[10,20]", nodes.get("start").path("pos").toString());
        assertEquals("trigger.manual", nodes.get("start").path("data").path("nodeType").asText());
        assertEquals("[150,40]", nodes.get("fetch").path("size").toString());
        assertEquals("https://example.com/feed", nodes.get("fetch").path("data").path("fields").path("url")
                .asText());
        assertTrue(nodes.get("start").path("position").isMissingNode(), nodes::toString);
    }

    @Test
    void anImportIsValidatedLikeAnyNewWorkflowUnlessItIsADraft() {
        var noTrigger = json("nodes", List.of(json("id", "x", "type", "logic.if", "position", json("x", 0, "y", 0),
                "data", json("fields", json("condition", "{{ $input.ok }}")))), "edges", List.of());

        invalid(API.post(space.workflows() + "/import", json("format", "react-flow", "name", "Strict",
                "definition", noTrigger)).as(org.member()).send(), "/definition/nodes no_trigger");
        Api.Reply draft = status(201, API.post(space.workflows() + "/import", json("format", "react-flow",
                "name", "Lenient", "definition", noTrigger, "draft", true)).as(org.member()).send());
        assertFalse(draft.json().path("workflow").path("valid").asBoolean(), draft::toString);

        invalid(API.post(space.workflows() + "/import", json("format", "n8n", "definition", json()))
                .as(org.member()).send(), "/format not_in_enum", "/name required");
        invalid(API.post(space.workflows() + "/import", json("format", "react-flow", "name", "Odd",
                "definition", json("nodes", "many"))).as(org.member()).send(), "/definition/nodes wrong_type");
        Expect.problem(403, "forbidden", API.post(space.workflows() + "/import", json("format", "glyphic",
                "name", "Viewer's", "definition", validDefinition())).as(org.viewer()).send());
    }
}
