package dev.glyphic.bootstrap.api.workflow;

import static dev.glyphic.bootstrap.api.workflow.Workflows.create;
import static dev.glyphic.bootstrap.api.workflow.Workflows.etag;
import static dev.glyphic.bootstrap.api.workflow.Workflows.names;
import static dev.glyphic.bootstrap.api.workflow.Workflows.patch;
import static dev.glyphic.bootstrap.api.workflow.Workflows.validDefinition;
import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Definitions.definition;
import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Expect.fieldErrors;
import static dev.glyphic.bootstrap.testing.Expect.invalid;
import static dev.glyphic.bootstrap.testing.Expect.problem;
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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Creating and changing workflows: validation on save, drafts, If-Match, the trash, duplicates. */
class WorkflowEditingApiTest {
    private static final Api API = new Api();
    private static TestOrg org;
    private static Workflows.Space space;

    @BeforeAll
    static void anOrganizationWithAWorkspace() {
        org = TestOrg.create(API);
        space = Workflows.newSpace(API, org);
    }

    @Test
    void aValidWorkflowIsCreatedAsVersionOneWithItsETagAndLocation() {
        Api.Reply created = create(API, space, org.member(), "Fetch and check", validDefinition(),
                "description", "checks the feed", "tags", List.of("Feeds", "daily"), "active", true);

        String id = created.text("id");
        assertEquals(space.workflow(id), created.header("Location").orElseThrow());
        assertEquals("\"1\"", etag(created));
        assertEquals(1, created.json().path("version").asInt());
        assertTrue(created.json().path("valid").asBoolean(), created::toString);
        assertTrue(created.json().path("active").asBoolean(), created::toString);
        assertEquals(List.of("feeds", "daily"), List.of(created.json().path("tags").get(0).asText(),
                created.json().path("tags").get(1).asText()), "tags are folded to lower case");
        assertEquals(3, created.json().path("nodeCount").asInt());
        assertEquals(org.member().id(), created.text("createdBy"));

        Api.Reply shown = status(200, API.get(space.workflow(id)).as(org.viewer()).send());
        assertEquals("\"1\"", etag(shown));
        assertEquals("https://example.com/items", Workflows.nodesById(shown.json().path("definition"))
                .get("fetch").path("data").path("fields").path("url").asText());
        assertEquals(5000, Workflows.nodesById(shown.json().path("definition")).get("fetch").path("data")
                .path("fields").path("timeoutMs").asInt());
    }

    @Test
    void anInvalidDefinitionIsRefusedWithEveryViolationAtOnce() {
        var definition = definition(List.of(
                        node("a", "http.request", json("method", "FETCH", "url", "{{ $input. }}")),
                        node("b", "logic.if", json()),
                        node("a", "data.set", json()),
                        node("c", "magic.wand", json())),
                List.of(edge("a", "b"), edge("b", "true", "a"), edge("a", "ghost")));

        Api.Reply refused = API.post(space.workflows(), json("name", "Broken", "definition", definition))
                .as(org.member()).send();

        problem(422, "validation", refused);
        List<String> errors = fieldErrors(refused);
        for (String expected : List.of("/definition/nodes/0/data/fields/method not_in_enum",
                "/definition/nodes/0/data/fields/url invalid_expression",
                "/definition/nodes/1/data/fields/condition required",
                "/definition/nodes/2/id duplicate_node_id",
                "/definition/nodes/3/data/nodeType unknown_node_type",
                "/definition/edges/2/target unknown_node",
                "/definition/nodes no_trigger")) {
            assertTrue(errors.contains(expected), () -> expected + " missing from " + errors);
        }
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("/definition/edges/") && e.endsWith(" cycle")),
                errors::toString);
        assertFalse(names(API.get(space.workflows() + "?limit=200").as(org.member()).send()).contains("Broken"),
                "nothing was saved");
    }

    @Test
    void theBodyIsCheckedAsAWholeAndTheDefinitionMustBeAnObject() {
        invalid(API.post(space.workflows(), json("name", " ", "tags", List.of("no spaces"))).as(org.member()).send(),
                "/name blank", "/tags invalid_tag", "/definition required");
        invalid(API.post(space.workflows(), json("name", "List", "definition", List.of())).as(org.member()).send(),
                "/definition wrong_type");
        invalid(API.post(space.workflows(), "{\"name\": \"Null\", \"definition\": null}").as(org.member()).send(),
                "/definition wrong_type");
        problem(400, "malformed-body", API.post(space.workflows(), json("name", "Typo", "definiton",
                validDefinition())).as(org.member()).send());
    }

    @Test
    void aDraftMaySaveAnInvalidDefinitionButCannotBeActivated() {
        var noTrigger = definition(List.of(node("check", "logic.if", json("condition", "{{ $input.ok }}"))),
                List.of());

        Api.Reply draft = create(API, space, org.member(), "Half done", noTrigger, "draft", true);

        assertFalse(draft.json().path("valid").asBoolean(), draft::toString);
        assertFalse(draft.json().path("active").asBoolean(), draft::toString);
        invalid(patch(API, space, org.member(), draft.text("id"), etag(draft), "active", true),
                "/active invalid_definition");
        invalid(API.post(space.workflows(), json("name", "Eager", "definition", noTrigger, "draft", true,
                "active", true)).as(org.member()).send(), "/active invalid_definition");

        Api.Reply fixed = status(200, patch(API, space, org.member(), draft.text("id"), etag(draft),
                "definition", validDefinition(), "active", true));
        assertTrue(fixed.json().path("valid").asBoolean(), fixed::toString);
        assertTrue(fixed.json().path("active").asBoolean(), fixed::toString);
    }

    @Test
    void anUpdateNeedsTheCurrentETagAndAStaleOneChangesNothing() {
        Api.Reply created = create(API, space, org.member(), "Guarded", validDefinition());
        String id = created.text("id");

        problem(428, "version-required", API.patch(space.workflow(id), json("name", "Blind")).as(org.member())
                .send());
        problem(412, "stale-version", patch(API, space, org.member(), id, "\"7\"", "name", "Stale"));
        problem(412, "stale-version", patch(API, space, org.member(), id, "not an etag", "name", "Garbage"));
        Api.Reply unchanged = status(200, API.get(space.workflow(id)).as(org.member()).send());
        assertEquals("Guarded", unchanged.text("name"));
        assertEquals(1, unchanged.json().path("version").asInt());

        Api.Reply updated = status(200, patch(API, space, org.member(), id, "W/\"1\"", "name", "Renamed",
                "changeSummary", "better name"));
        assertEquals("Renamed", updated.text("name"));
        assertEquals(2, updated.json().path("version").asInt());
        assertEquals("\"2\"", etag(updated));
        assertEquals(org.member().id(), updated.text("updatedBy"));
    }

    @Test
    void ofTwoEditorsWhoReadTheSameVersionTheFirstSaveWinsAndTheSecondIsTold() {
        String id = create(API, space, org.member(), "Contended", validDefinition()).text("id");
        String seenByMember = etag(API.get(space.workflow(id)).as(org.member()).send());
        String seenByAdmin = etag(API.get(space.workflow(id)).as(org.admin()).send());
        assertEquals(seenByMember, seenByAdmin);

        status(200, patch(API, space, org.member(), id, seenByMember, "description", "member's edit"));
        problem(412, "stale-version", patch(API, space, org.admin(), id, seenByAdmin, "description",
                "admin's edit"));

        Api.Reply now = API.get(space.workflow(id)).as(org.admin()).send();
        assertEquals("member's edit", now.text("description"));
        assertEquals("\"2\"", etag(now));
    }

    @Test
    void aDeletedWorkflowLeavesTheListForTheTrashAndComesBackInactive() {
        String id = create(API, space, org.member(), "Disposable", validDefinition(), "active", true).text("id");

        status(204, API.delete(space.workflow(id)).as(org.admin()).send());

        assertFalse(names(API.get(space.workflows() + "?limit=200").as(org.member()).send())
                .contains("Disposable"));
        List<JsonNode> trash = Expect.items(API.get(space.workflows() + "?trash=true&limit=200")
                .as(org.member()).send());
        JsonNode trashed = trash.stream().filter(w -> w.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("not in the trash: " + trash));
        assertFalse(trashed.path("deletedAt").isNull(), trashed::toString);
        assertFalse(trashed.path("active").asBoolean(), "a trashed workflow is inactive");
        problem(404, "not-found", patch(API, space, org.member(), id, "\"1\"", "name", "Edited in the trash"));

        Api.Reply restored = status(200, API.post(space.workflow(id) + "/restore", null).as(org.admin()).send());
        assertTrue(restored.json().path("deletedAt").isNull(), restored::toString);
        assertFalse(restored.json().path("active").asBoolean(), restored::toString);
        assertTrue(names(API.get(space.workflows() + "?limit=200").as(org.member()).send()).contains("Disposable"));
    }

    @Test
    void aDuplicateIsANewInactiveWorkflowWithTheSameDefinition() throws Exception {
        Api.Reply original = create(API, space, org.member(), "Original", validDefinition(), "active", true,
                "tags", List.of("copied"));

        Api.Reply copy = status(201, API.post(space.workflow(original.text("id")) + "/duplicate", null)
                .as(org.member()).send());

        assertNotEquals(original.text("id"), copy.text("id"));
        assertEquals("Original (copy)", copy.text("name"));
        assertFalse(copy.json().path("active").asBoolean(), copy::toString);
        assertEquals(1, copy.json().path("version").asInt());
        assertEquals("copied", copy.json().path("tags").get(0).asText());
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(mapper.valueToTree(validDefinition()), copy.json().path("definition"));
        assertEquals(space.workflow(copy.text("id")), copy.header("Location").orElseThrow());
    }

    @Test
    void numbersInADefinitionComeBackExactly() {
        String body = "{\"name\": \"Precise\", \"draft\": true, \"definition\": {\"nodes\": [], \"metadata\": "
                + "{\"ratio\": 0.1000000000000000055511151231257827, \"big\": 123456789012345678901234567890, "
                + "\"half\": 2.50}}}";

        Api.Reply created = status(201, API.post(space.workflows(), body).as(org.member()).send());

        String raw = API.get(space.workflow(created.text("id"))).as(org.member()).send().raw().body();
        assertTrue(raw.contains("0.1000000000000000055511151231257827"), raw);
        assertTrue(raw.contains("123456789012345678901234567890"), raw);
        assertTrue(raw.contains("2.50"), raw);
    }
}
