package dev.glyphic.bootstrap.api.workflow;

import static dev.glyphic.bootstrap.api.workflow.Workflows.callingDefinition;
import static dev.glyphic.bootstrap.api.workflow.Workflows.create;
import static dev.glyphic.bootstrap.api.workflow.Workflows.etag;
import static dev.glyphic.bootstrap.api.workflow.Workflows.patch;
import static dev.glyphic.bootstrap.api.workflow.Workflows.triggerOnlyDefinition;
import static dev.glyphic.bootstrap.testing.Expect.invalid;
import static dev.glyphic.bootstrap.testing.Expect.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Workflows may not start themselves through sub-workflow nodes, directly or through others. */
class SubworkflowCycleApiTest {
    private static final Api API = new Api();
    private static final String POINTER = "/definition/nodes/1/data/fields/workflowId";
    private static TestOrg org;

    @BeforeAll
    static void organization() {
        org = TestOrg.create(API);
    }

    @Test
    void aWorkflowStartingItselfIsRefusedAtTheNodesField() {
        Workflows.Space space = Workflows.newSpace(API, org);
        Api.Reply created = create(API, space, org.member(), "Loop", triggerOnlyDefinition());
        String id = created.text("id");

        Api.Reply refused = patch(API, space, org.member(), id, etag(created), "definition", callingDefinition(id));

        invalid(refused, POINTER + " subworkflow_cycle");
        assertTrue(refused.json().path("errors").path(0).path("message").asText().contains("'child'"),
                "the message names the node: " + refused);
        assertEquals(1, API.get(space.workflow(id)).as(org.member()).send().json().path("version").asInt(),
                "nothing was saved");
    }

    @Test
    void closingALoopThroughOtherWorkflowsIsRefusedOnTheSaveThatClosesIt() {
        Workflows.Space space = Workflows.newSpace(API, org);
        Api.Reply a = create(API, space, org.member(), "A", triggerOnlyDefinition());
        String aId = a.text("id");
        String bId = create(API, space, org.member(), "B", callingDefinition(aId)).text("id");
        Api.Reply c = create(API, space, org.member(), "C", callingDefinition(bId));
        String cId = c.text("id");

        // A → C → B → A: the save of A closes the loop.
        Api.Reply refused = patch(API, space, org.member(), aId, etag(a), "definition", callingDefinition(cId));
        invalid(refused, POINTER + " subworkflow_cycle");
        String message = refused.json().path("errors").path(0).path("message").asText();
        assertTrue(message.contains(cId) && message.contains(bId), "the message shows the loop: " + message);

        assertEquals(1, API.get(space.workflow(aId)).as(org.member()).send().json().path("version").asInt(),
                "A is as it was");
    }

    @Test
    void editingTheReferredWorkflowToPointBackIsRefusedToo() {
        Workflows.Space space = Workflows.newSpace(API, org);
        Api.Reply b = create(API, space, org.member(), "B", triggerOnlyDefinition());
        String bId = b.text("id");
        String aId = create(API, space, org.member(), "A", callingDefinition(bId)).text("id");

        invalid(patch(API, space, org.member(), bId, etag(b), "definition", callingDefinition(aId)),
                POINTER + " subworkflow_cycle");
    }

    @Test
    void aDraftMayHoldTheLoopButStaysInvalidAndInactive() {
        Workflows.Space space = Workflows.newSpace(API, org);
        Api.Reply created = create(API, space, org.member(), "Loop", triggerOnlyDefinition());
        String id = created.text("id");

        Api.Reply draft = status(200, patch(API, space, org.member(), id, etag(created), "definition",
                callingDefinition(id), "draft", true));

        assertFalse(draft.json().path("valid").asBoolean(true), draft::toString);
        assertFalse(draft.json().path("active").asBoolean(true), draft::toString);
        assertEquals(409, API.post(space.workflow(id) + "/executions", Api.json("input", Api.json()))
                .as(org.member()).send().status(), "an invalid workflow does not run");
    }

    @Test
    void workflowsThatShareAChildWithoutALoopAreFine() {
        Workflows.Space space = Workflows.newSpace(API, org);
        String shared = create(API, space, org.member(), "Shared", triggerOnlyDefinition()).text("id");
        String b = create(API, space, org.member(), "B", callingDefinition(shared)).text("id");
        Api.Reply a = create(API, space, org.member(), "A", callingDefinition(shared));

        Api.Reply saved = status(200, patch(API, space, org.member(), a.text("id"), etag(a), "definition",
                callingDefinition(b)));

        assertTrue(saved.json().path("valid").asBoolean(false), saved::toString);
    }
}
