package dev.glyphic.bootstrap.api.execution;

import static dev.glyphic.bootstrap.api.execution.Executions.approval;
import static dev.glyphic.bootstrap.api.execution.Executions.awaitStatus;
import static dev.glyphic.bootstrap.api.execution.Executions.run;
import static dev.glyphic.bootstrap.api.execution.Executions.workflow;
import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Expect.items;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Waiting approvals: listed, approved, rejected, and refused to the wrong people. */
class ApprovalApiTest {
    private static final Api API = new Api();
    private static TestOrg org;

    @BeforeAll
    static void organization() {
        org = TestOrg.create(API);
    }

    @Test
    void anApprovalIsListedThenApprovedByAnotherMemberAndTheApprovedBranchRuns() {
        Executions.Space space = Executions.newSpace(API, org);
        String workflowId = workflow(API, space, org.member(), approval("member", false));
        String id = status(201, run(API, space, org.member(), workflowId, json("post", 1))).text("id");
        JsonNode waiting = awaitStatus(API, space, org.member(), id, "waiting");
        String runId = Executions.run(waiting, "ask").path("id").asText();
        assertEquals("approval", Executions.run(waiting, "ask").path("wait").path("kind").asText());

        List<JsonNode> pending = items(API.get(space.approvals()).as(org.viewer()).send());
        assertEquals(1, pending.size(), pending::toString);
        JsonNode item = pending.get(0);
        assertEquals(runId, item.path("nodeRunId").asText());
        assertEquals(id, item.path("executionId").asText());
        assertEquals(workflowId, item.path("workflowId").asText());
        assertEquals("ask", item.path("nodeId").asText());
        assertEquals("Publish it?", item.path("message").asText());
        assertEquals("member", item.path("approverRole").asText());
        assertEquals(false, item.path("allowSelfApproval").asBoolean());
        assertEquals("reject", item.path("onTimeout").asText());
        assertTrue(item.path("timeoutAt").isTextual() && item.path("requestedAt").isTextual(), item::toString);

        String decide = space.approvals() + "/" + runId;
        problem(403, "forbidden", API.post(decide + "/approve", null).as(org.viewer()).send());
        problem(403, "self-approval", API.post(decide + "/approve", null).as(org.member()).send());
        problem(422, "validation", API.post(decide + "/approve", json("comment", "x".repeat(2001)))
                .as(org.admin()).send());
        Api.Reply decided = status(200, API.post(decide + "/approve", json("comment", "Ship it"))
                .as(org.admin()).send());
        assertEquals(runId, decided.text("nodeRunId"));
        assertEquals("approved", decided.text("decision"));
        problem(409, "approval-closed", API.post(decide + "/reject", null).as(org.owner()).send());

        JsonNode done = awaitStatus(API, space, org.member(), id, "succeeded");
        assertEquals(true, done.path("output").path("published").asBoolean(), done::toString);
        JsonNode ask = Executions.run(done, "ask");
        assertEquals("approved", ask.path("output").path("decision").asText(), ask::toString);
        assertEquals(org.admin().id(), ask.path("output").path("by").asText());
        assertEquals("Ship it", ask.path("output").path("comment").asText());
        assertEquals("skipped", Executions.run(done, "no").path("status").asText());
        assertEquals(List.of(), items(API.get(space.approvals()).as(org.viewer()).send()));
    }

    @Test
    void aRejectionTakesTheRejectedBranchAndTheApproverRoleIsEnforced() {
        Executions.Space space = Executions.newSpace(API, org);
        String workflowId = workflow(API, space, org.member(), approval("admin", true));
        String id = status(201, run(API, space, org.member(), workflowId, null)).text("id");
        String runId = Executions.run(awaitStatus(API, space, org.member(), id, "waiting"), "ask")
                .path("id").asText();
        String decide = space.approvals() + "/" + runId;

        Api.Reply refused = problem(403, "forbidden", API.post(decide + "/reject", null).as(org.member()).send());
        assertTrue(refused.text("detail").contains("admin"), refused::toString);
        status(200, API.post(decide + "/reject", null).as(org.owner()).send());

        JsonNode done = awaitStatus(API, space, org.member(), id, "succeeded");
        assertEquals(false, done.path("output").path("published").asBoolean(), done::toString);
        assertEquals("skipped", Executions.run(done, "yes").path("status").asText());
    }

    @Test
    void selfApprovalIsAllowedWhenTheStepSaysSo() {
        Executions.Space space = Executions.newSpace(API, org);
        String workflowId = workflow(API, space, org.member(), approval("member", true));
        String id = status(201, run(API, space, org.member(), workflowId, null)).text("id");
        String runId = Executions.run(awaitStatus(API, space, org.member(), id, "waiting"), "ask")
                .path("id").asText();
        status(200, API.post(space.approvals() + "/" + runId + "/approve", null).as(org.member()).send());
        awaitStatus(API, space, org.member(), id, "succeeded");
    }

    /**
     * A run started through an admin's API key is that admin's run: approving it themselves, or through another of
     * their keys, is self-approval; someone else may still decide it.
     */
    @Test
    void aRunStartedByOnesOwnApiKeyCannotBeApprovedByOneself() {
        Executions.Space space = Executions.newSpace(API, org);
        String workflowId = workflow(API, space, org.member(), approval("member", false));
        String key = apiKey(org.admin());
        String otherKey = apiKey(org.admin());
        String id = status(201, API.post(space.runs(workflowId), json("input", null)).bearer(key).send())
                .text("id");
        String runId = Executions.run(awaitStatus(API, space, org.member(), id, "waiting"), "ask")
                .path("id").asText();
        String decide = space.approvals() + "/" + runId;

        problem(403, "self-approval", API.post(decide + "/approve", null).as(org.admin()).send());
        problem(403, "self-approval", API.post(decide + "/approve", null).bearer(otherKey).send());
        problem(403, "self-approval", API.post(decide + "/approve", null).bearer(key).send());
        status(200, API.post(decide + "/approve", null).as(org.owner()).send());
        awaitStatus(API, space, org.member(), id, "succeeded");
    }

    private static String apiKey(TestUser creator) {
        return status(201, API.post(org.path() + "/api-keys", json("name", "runner", "role", "member"))
                .as(creator).send()).text("secret");
    }

    @Test
    void anApprovalOfAnotherWorkspaceOrOrganizationIsNotFound() {
        Executions.Space space = Executions.newSpace(API, org);
        String workflowId = workflow(API, space, org.member(), approval("member", true));
        String id = status(201, run(API, space, org.member(), workflowId, null)).text("id");
        String runId = Executions.run(awaitStatus(API, space, org.member(), id, "waiting"), "ask")
                .path("id").asText();
        Executions.Space sibling = Executions.newSpace(API, org);
        TestOrg other = TestOrg.create(API);
        Executions.Space foreign = Executions.newSpace(API, other);

        problem(404, "not-found", API.post(sibling.approvals() + "/" + runId + "/approve", null).as(org.owner())
                .send());
        problem(404, "not-found", API.post(foreign.approvals() + "/" + runId + "/approve", null)
                .as(other.owner()).send());
        problem(404, "not-found", API.post(space.approvals() + "/nope/approve", null).as(org.owner()).send());
        assertEquals(List.of(), items(API.get(sibling.approvals()).as(org.owner()).send()));
        problem(400, "invalid-query", API.get(space.approvals() + "?limit=201").as(org.owner()).send());

        status(200, API.post(space.execution(id) + "/cancel", null).as(org.member()).send());
        problem(409, "approval-closed", API.post(space.approvals() + "/" + runId + "/approve", null)
                .as(org.owner()).send());
    }
}
