package dev.glyphic.bootstrap.api.workflow;

import static dev.glyphic.bootstrap.api.workflow.Workflows.callingDefinition;
import static dev.glyphic.bootstrap.api.workflow.Workflows.create;
import static dev.glyphic.bootstrap.api.workflow.Workflows.patch;
import static dev.glyphic.bootstrap.api.workflow.Workflows.validDefinition;
import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Expect.invalid;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may do what with workflows, and that another workspace's or organization's workflow is simply not there. */
class WorkflowAccessApiTest {
    private static final Api API = new Api();
    private static TestOrg org;
    private static TestOrg other;
    private static Workflows.Space spaceA;
    private static Workflows.Space spaceB;
    private static Workflows.Space otherSpace;

    @BeforeAll
    static void twoOrganizations() {
        org = TestOrg.create(API);
        other = TestOrg.create(API);
        spaceA = Workflows.newSpace(API, org);
        spaceB = Workflows.newSpace(API, org);
        otherSpace = Workflows.newSpace(API, other);
    }

    @Test
    void viewersReadMembersEditAndAdminsDelete() {
        String id = create(API, spaceA, org.member(), "Shared work", validDefinition()).text("id");

        status(200, API.get(spaceA.workflow(id)).as(org.viewer()).send());
        status(200, API.get(spaceA.workflows()).as(org.viewer()).send());
        problem(403, "forbidden", API.post(spaceA.workflows(), json("name", "Viewer's", "definition",
                validDefinition())).as(org.viewer()).send());
        problem(403, "forbidden", patch(API, spaceA, org.viewer(), id, "\"1\"", "name", "Viewer's edit"));

        status(200, patch(API, spaceA, org.member(), id, "\"1\"", "name", "Member's edit"));
        problem(403, "forbidden", API.delete(spaceA.workflow(id)).as(org.member()).send());
        status(200, API.get(spaceA.workflow(id)).as(org.member()).send());

        status(204, API.delete(spaceA.workflow(id)).as(org.admin()).send());
        problem(403, "forbidden", API.post(spaceA.workflow(id) + "/restore", null).as(org.member()).send());
        status(200, API.post(spaceA.workflow(id) + "/restore", null).as(org.owner()).send());
    }

    @Test
    void aWorkflowIsNotFoundUnderAnotherWorkspaceOfTheSameOrganization() {
        String id = create(API, spaceA, org.member(), "Lives in A", validDefinition()).text("id");

        List<BiFunction<Workflows.Space, TestUser, Api.Reply>> requests = List.of(
                (s, u) -> API.get(s.workflow(id)).as(u).send(),
                (s, u) -> patch(API, s, u, id, "\"1\"", "name", "Moved"),
                (s, u) -> API.delete(s.workflow(id)).as(u).send(),
                (s, u) -> API.post(s.workflow(id) + "/duplicate", null).as(u).send(),
                (s, u) -> API.get(s.workflow(id) + "/versions").as(u).send(),
                (s, u) -> API.get(s.workflow(id) + "/versions/1").as(u).send(),
                (s, u) -> API.get(s.workflow(id) + "/export").as(u).send(),
                (s, u) -> API.post(s.workflow(id) + "/versions/1/restore", null).as(u).header("If-Match", "\"1\"")
                        .send());
        for (var request : requests) {
            problem(404, "not-found", request.apply(spaceB, org.owner()));
        }
        assertEquals("Lives in A", API.get(spaceA.workflow(id)).as(org.owner()).send().text("name"));
    }

    @Test
    void anotherOrganizationsWorkflowIsNotFoundWhicheverPathIsTried() {
        String id = create(API, spaceA, org.member(), "Private to org", validDefinition()).text("id");

        problem(404, "not-found", API.get(spaceA.workflow(id)).as(other.owner()).send());
        problem(404, "not-found", patch(API, spaceA, other.owner(), id, "\"1\"", "name", "Hijacked"));
        problem(404, "not-found", API.delete(spaceA.workflow(id)).as(other.owner()).send());
        problem(404, "not-found", API.get(otherSpace.workflow(id)).as(other.owner()).send());
        problem(404, "not-found", API.get(otherSpace.workflow(id) + "/export").as(other.owner()).send());
        problem(404, "not-found", API.get(spaceA.workflows()).as(other.owner()).send());
        problem(404, "not-found", API.get(spaceA.workflow("not-a-uuid")).as(org.owner()).send());
        problem(404, "not-found", API.get(spaceA.workflow(UUID.randomUUID().toString())).as(org.owner()).send());
        assertEquals("Private to org", API.get(spaceA.workflow(id)).as(org.owner()).send().text("name"));
    }

    @Test
    void aSubWorkflowMustLiveInTheSameWorkspace() {
        String child = create(API, spaceA, org.member(), "Child", validDefinition()).text("id");

        Api.Reply parent = create(API, spaceA, org.member(), "Parent", callingDefinition(child));
        assertEquals(true, parent.json().path("valid").asBoolean());

        invalid(API.post(spaceB.workflows(), json("name", "Stranger", "definition", callingDefinition(child)))
                .as(org.member()).send(), "/definition/nodes/1/data/fields/workflowId unknown_workflow");
        invalid(API.post(otherSpace.workflows(), json("name", "Foreigner", "definition", callingDefinition(child)))
                .as(other.member()).send(), "/definition/nodes/1/data/fields/workflowId unknown_workflow");
    }

    @Test
    void requestsWithoutCredentialsAreRefused() {
        problem(401, "unauthenticated", API.get(spaceA.workflows()).send());
        problem(401, "unauthenticated", API.get("/api/v1/node-types").send());
    }
}
