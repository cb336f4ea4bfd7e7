package dev.glyphic.bootstrap.api.workflow;

import static dev.glyphic.bootstrap.api.workflow.Workflows.create;
import static dev.glyphic.bootstrap.api.workflow.Workflows.etag;
import static dev.glyphic.bootstrap.api.workflow.Workflows.fetchNode;
import static dev.glyphic.bootstrap.api.workflow.Workflows.patch;
import static dev.glyphic.bootstrap.api.workflow.Workflows.validDefinition;
import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Definitions.definition;
import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Expect.items;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A workflow's history: every save is a version that can be listed, read, compared and restored. */
class WorkflowVersionApiTest {
    private static final Api API = new Api();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestOrg org;
    private static Workflows.Space space;

    @BeforeAll
    static void anOrganizationWithAWorkspace() {
        org = TestOrg.create(API);
        space = Workflows.newSpace(API, org);
    }

    /** The valid definition with another URL, and a second check after the first one's true branch. */
    private static Map<String, Object> secondDefinition() {
        return definition(List.of(
                        node("start", "trigger.manual", json()),
                        fetchNode("https://example.com/v2/items"),
                        node("check", "logic.if", json("condition", "{{ $input.status = 200 }}")),
                        node("again", "logic.if", json("condition", "{{ $input.retry }}"))),
                List.of(edge("start", "fetch"), edge("fetch", "check"), edge("check", "true", "again")));
    }

    @Test
    void everySaveIsAVersionThatCanBeListedReadAndCompared() {
        String id = create(API, space, org.member(), "Versioned", validDefinition(), "changeSummary", "first")
                .text("id");
        status(200, patch(API, space, org.member(), id, "\"1\"", "definition", secondDefinition(),
                "changeSummary", "v2 feed and a retry check"));

        List<JsonNode> versions = items(API.get(space.workflow(id) + "/versions").as(org.viewer()).send());
        assertEquals(List.of(2, 1), versions.stream().map(v -> v.path("version").asInt()).toList());
        assertEquals("v2 feed and a retry check", versions.get(0).path("changeSummary").asText());
        assertEquals(org.member().id(), versions.get(0).path("author").asText());
        assertTrue(versions.get(0).path("definition").isMissingNode(), "the list leaves definitions out");

        Api.Reply first = status(200, API.get(space.workflow(id) + "/versions/1").as(org.viewer()).send());
        assertEquals(JSON.valueToTree(validDefinition()), first.json().path("definition"));
        assertEquals("first", first.text("changeSummary"));

        Api.Reply diff = status(200, API.get(space.workflow(id) + "/diff?from=1&to=2").as(org.viewer()).send());
        JsonNode d = diff.json();
        assertEquals("[\"again\"]", d.path("nodesAdded").toString(), diff::toString);
        assertEquals(0, d.path("nodesRemoved").size(), diff::toString);
        assertEquals(1, d.path("nodesChanged").size(), diff::toString);
        JsonNode fetch = d.path("nodesChanged").get(0);
        assertEquals("fetch", fetch.path("nodeId").asText());
        assertEquals("url", fetch.path("fields").get(0).path("field").asText(), diff::toString);
        assertEquals("https://example.com/items", fetch.path("fields").get(0).path("before").asText());
        assertEquals("https://example.com/v2/items", fetch.path("fields").get(0).path("after").asText());
        assertTrue(fetch.path("type").isMissingNode(), "the type did not change: " + fetch);
        assertEquals(1, d.path("edgesAdded").size(), diff::toString);
        assertEquals("check", d.path("edgesAdded").get(0).path("source").asText());
        assertEquals("true", d.path("edgesAdded").get(0).path("sourceHandle").asText());
        assertEquals("again", d.path("edgesAdded").get(0).path("target").asText());
        assertEquals(0, d.path("edgesRemoved").size(), diff::toString);
    }

    @Test
    void theHistoryIsPagedNewestFirst() {
        String id = create(API, space, org.member(), "Long history", validDefinition()).text("id");
        for (int version = 1; version <= 3; version++) {
            status(200, patch(API, space, org.member(), id, "\"" + version + "\"", "description", "edit " + version));
        }

        Api.Reply page1 = API.get(space.workflow(id) + "/versions?limit=3").as(org.member()).send();
        assertEquals(List.of(4, 3, 2), items(page1).stream().map(v -> v.path("version").asInt()).toList());
        assertEquals("2", page1.text("nextCursor"));
        Api.Reply page2 = API.get(space.workflow(id) + "/versions?limit=3&before=2").as(org.member()).send();
        assertEquals(List.of(1), items(page2).stream().map(v -> v.path("version").asInt()).toList());
        assertTrue(page2.json().path("nextCursor").isNull(), page2::toString);

        problem(400, "invalid-query", API.get(space.workflow(id) + "/versions?limit=0").as(org.member()).send());
        problem(400, "invalid-query", API.get(space.workflow(id) + "/diff?from=1").as(org.member()).send());
        problem(404, "not-found", API.get(space.workflow(id) + "/versions/9").as(org.member()).send());
        problem(404, "not-found", API.get(space.workflow(id) + "/versions/first").as(org.member()).send());
    }

    @Test
    void restoringAnOldVersionSavesItsDefinitionAsANewVersion() {
        String id = create(API, space, org.member(), "Restorable", validDefinition()).text("id");
        status(200, patch(API, space, org.member(), id, "\"1\"", "definition", secondDefinition()));

        problem(428, "version-required", API.post(space.workflow(id) + "/versions/1/restore", null)
                .as(org.member()).send());
        problem(412, "stale-version", API.post(space.workflow(id) + "/versions/1/restore", null)
                .as(org.member()).header("If-Match", "\"1\"").send());
        Api.Reply restored = status(200, API.post(space.workflow(id) + "/versions/1/restore", null)
                .as(org.member()).header("If-Match", "\"2\"").send());

        assertEquals(3, restored.json().path("version").asInt());
        assertEquals("\"3\"", etag(restored));
        assertEquals(JSON.valueToTree(validDefinition()), restored.json().path("definition"));
        List<JsonNode> versions = items(API.get(space.workflow(id) + "/versions").as(org.member()).send());
        assertEquals("restored version 1", versions.get(0).path("changeSummary").asText());
        Api.Reply diff = status(200, API.get(space.workflow(id) + "/diff?from=1&to=3").as(org.member()).send());
        assertEquals(0, diff.json().path("nodesAdded").size() + diff.json().path("nodesRemoved").size()
                + diff.json().path("nodesChanged").size() + diff.json().path("edgesAdded").size()
                + diff.json().path("edgesRemoved").size(), diff::toString);
    }
}
