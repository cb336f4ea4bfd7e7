package dev.glyphic.bootstrap.api.workflow;

import static dev.glyphic.bootstrap.api.workflow.Workflows.callingDefinition;
import static dev.glyphic.bootstrap.api.workflow.Workflows.create;
import static dev.glyphic.bootstrap.api.workflow.Workflows.validDefinition;
import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Definitions.definition;
import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Expect.invalid;
import static dev.glyphic.bootstrap.testing.Expect.items;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Templates: private to their organization or public to all, published by admins, turned into workflows. */
class TemplateApiTest {
    private static final Api API = new Api();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestOrg org;
    private static TestOrg other;
    private static Workflows.Space space;
    private static Workflows.Space otherSpace;

    @BeforeAll
    static void twoOrganizations() {
        org = TestOrg.create(API);
        other = TestOrg.create(API);
        space = Workflows.newSpace(API, org);
        otherSpace = Workflows.newSpace(API, other);
    }

    private static Api.Reply template(TestOrg owner, String name, boolean shared, String category) {
        return API.post(owner.path() + "/templates", json("name", name, "description", "a starting point",
                "category", category, "public", shared, "definition", validDefinition())).as(owner.member()).send();
    }

    @Test
    void membersKeepPrivateTemplatesAndOnlyAdminsPublish() {
        Api.Reply own = status(201, template(org, "Team only", false, "feeds"));
        assertEquals(org.path() + "/templates/" + own.text("id"), own.header("Location").orElseThrow());
        assertFalse(own.json().path("public").asBoolean(), own::toString);

        problem(403, "forbidden", template(org, "Everyone's", true, "feeds"));
        Api.Reply published = status(201, API.post(org.path() + "/templates", json("name", "Everyone's",
                "public", true, "definition", validDefinition())).as(org.admin()).send());
        assertTrue(published.json().path("public").asBoolean(), published::toString);
        problem(403, "forbidden", API.post(org.path() + "/templates", json("name", "Viewer's",
                "definition", validDefinition())).as(org.viewer()).send());

        String privateId = own.text("id");
        String publicId = published.text("id");
        status(200, API.get(org.path() + "/templates/" + privateId).as(org.viewer()).send());
        status(200, API.get(other.path() + "/templates/" + publicId).as(other.viewer()).send());
        problem(404, "not-found", API.get(other.path() + "/templates/" + privateId).as(other.owner()).send());
        problem(404, "not-found", API.get(org.path() + "/templates/" + privateId).as(other.owner()).send());

        List<String> seenByOther = items(API.get(other.path() + "/templates?limit=200").as(other.member()).send())
                .stream().map(t -> t.path("id").asText()).toList();
        assertTrue(seenByOther.contains(publicId), seenByOther::toString);
        assertFalse(seenByOther.contains(privateId), seenByOther::toString);
        problem(404, "not-found", API.delete(other.path() + "/templates/" + publicId).as(other.owner()).send());
    }

    @Test
    void anotherOrganizationInstantiatesAPublicTemplateIntoItsWorkspace() {
        String publicId = status(201, API.post(org.path() + "/templates", json("name", "Shared pipeline",
                "public", true, "definition", validDefinition())).as(org.admin()).send()).text("id");
        String privateId = status(201, template(org, "Kept home", false, "")).text("id");

        Api.Reply workflow = status(201, API.post(otherSpace.workflows() + "/from-template",
                json("templateId", publicId, "name", "Borrowed")).as(other.member()).send());

        assertEquals("Borrowed", workflow.text("name"));
        assertEquals(other.id(), workflow.text("orgId"));
        assertEquals(JSON.valueToTree(validDefinition()), workflow.json().path("definition"));
        assertFalse(workflow.json().path("active").asBoolean(), workflow::toString);
        assertEquals("\"1\"", workflow.header("ETag").orElseThrow());
        assertEquals(otherSpace.workflow(workflow.text("id")), workflow.header("Location").orElseThrow());
        problem(404, "not-found", API.post(otherSpace.workflows() + "/from-template",
                json("templateId", privateId, "name", "Stolen")).as(other.member()).send());
        invalid(API.post(otherSpace.workflows() + "/from-template", json("templateId", "nope"))
                .as(other.member()).send(), "/templateId malformed_id", "/name required");
    }

    @Test
    void aWorkflowIsSavedAsATemplateUnlessItRefersToAnotherWorkflow() {
        String child = create(API, space, org.member(), "Child", validDefinition()).text("id");
        String parent = create(API, space, org.member(), "Parent", callingDefinition(child)).text("id");

        String category = "basics-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply saved = status(201, API.post(space.workflow(child) + "/save-as-template",
                json("name", "Child template", "category", category)).as(org.member()).send());
        assertEquals(JSON.valueToTree(validDefinition()), saved.json().path("definition"));
        assertEquals(category, saved.text("category"));
        assertEquals(List.of("Child template"), items(API.get(org.path() + "/templates?category=" + category)
                .as(org.member()).send()).stream().map(t -> t.path("name").asText()).toList());
        assertEquals(List.of(saved.json().path("nodeCount").asInt()), items(API.get(org.path() + "/templates?category="
                + category).as(org.member()).send()).stream().map(t -> t.path("nodeCount").asInt()).toList(),
                "a list counts nodes without reading definitions, and agrees with the template itself");
        assertTrue(saved.json().path("nodeCount").asInt() > 0);

        invalid(API.post(space.workflow(parent) + "/save-as-template", json("name", "Parent template"))
                .as(org.member()).send(), "/definition/nodes/1/data/fields/workflowId unknown_workflow");
        invalid(API.post(org.path() + "/templates", json("name", "Caller", "definition", callingDefinition(child)))
                .as(org.member()).send(), "/definition/nodes/1/data/fields/workflowId unknown_workflow");
        problem(400, "invalid-query", API.get(org.path() + "/templates?category=%00").as(org.member()).send());
        problem(404, "not-found", API.post(space.workflows() + "/" + UUID.randomUUID() + "/save-as-template",
                json("name", "Nothing")).as(org.member()).send());
    }

    @Test
    void templatesAreDeletedByTheirOwnOrganization() {
        String privateId = status(201, template(org, "Short lived", false, "")).text("id");
        String publicId = status(201, API.post(org.path() + "/templates", json("name", "Public, short lived",
                "public", true, "definition", validDefinition())).as(org.admin()).send()).text("id");

        problem(403, "forbidden", API.delete(org.path() + "/templates/" + privateId).as(org.viewer()).send());
        status(204, API.delete(org.path() + "/templates/" + privateId).as(org.member()).send());
        problem(404, "not-found", API.get(org.path() + "/templates/" + privateId).as(org.member()).send());
        problem(403, "forbidden", API.delete(org.path() + "/templates/" + publicId).as(org.member()).send());
        status(204, API.delete(org.path() + "/templates/" + publicId).as(org.admin()).send());
        problem(404, "not-found", API.get(other.path() + "/templates/" + publicId).as(other.member()).send());
    }

    /** Deleting cannot tell another organization's template, public or private, from one that does not exist. */
    @Test
    void deletingAnotherOrganizationsTemplateIsTheSame404WhetherItExistsOrNot() {
        String publicId = status(201, API.post(org.path() + "/templates", json("name", "Public, kept",
                "public", true, "definition", validDefinition())).as(org.admin()).send()).text("id");
        String privateId = status(201, template(org, "Private, kept", false, "")).text("id");

        List<String> answers = new ArrayList<>();
        for (String id : List.of(publicId, privateId, UUID.randomUUID().toString())) {
            Api.Reply reply = problem(404, "not-found", API.delete(other.path() + "/templates/" + id)
                    .as(other.owner()).send());
            answers.add(reply.status() + " " + reply.text("type") + " " + reply.text("title") + " "
                    + reply.text("detail") + " " + reply.json().path("errors"));
        }

        assertEquals(1, answers.stream().distinct().count(), answers::toString);
        status(200, API.get(org.path() + "/templates/" + publicId).as(org.member()).send());
        status(200, API.get(org.path() + "/templates/" + privateId).as(org.member()).send());
    }

    /** A public template is read by every organization: it may compute credentials, never carry them. */
    @Test
    void publishingRefusesLiteralSecretsAndNamesWhereTheyAre() {
        Map<String, Object> leaky = definition(List.of(node("start", "trigger.manual", json()),
                        node("call", "http.request", json("url", "https://api.example.com/things",
                                "headers", json("Authorization", "Bearer sk-live-123456", "X-Api-Key", "abc123",
                                        "Cookie", "session=s3cr3t", "Proxy-Authorization", "Basic dXNlcjpwYXNz",
                                        "Accept", "application/json", "X-Auth-Token", "{{ \"hard-coded\" }}"))),
                        node("post", "integration.action", json("provider", "slack", "action", "send",
                                "connection", "xoxb-1234-5678-abcdef"))),
                List.of(edge("start", "call"), edge("call", "post")));

        invalid(API.post(org.path() + "/templates", json("name", "Leaky", "public", true, "definition", leaky))
                        .as(org.admin()).send(),
                "/definition/nodes/1/data/fields/headers/Authorization literal_secret",
                "/definition/nodes/1/data/fields/headers/X-Api-Key literal_secret",
                "/definition/nodes/1/data/fields/headers/Cookie literal_secret",
                "/definition/nodes/1/data/fields/headers/Proxy-Authorization literal_secret",
                "/definition/nodes/1/data/fields/headers/X-Auth-Token literal_secret",
                "/definition/nodes/2/data/fields/connection literal_secret");
        String workflow = create(API, space, org.admin(), "Leaky workflow", leaky).text("id");
        invalid(API.post(space.workflow(workflow) + "/save-as-template", json("name", "Leaky", "public", true))
                        .as(org.admin()).send(),
                "/definition/nodes/1/data/fields/headers/Authorization literal_secret",
                "/definition/nodes/1/data/fields/headers/X-Api-Key literal_secret",
                "/definition/nodes/1/data/fields/headers/Cookie literal_secret",
                "/definition/nodes/1/data/fields/headers/Proxy-Authorization literal_secret",
                "/definition/nodes/1/data/fields/headers/X-Auth-Token literal_secret",
                "/definition/nodes/2/data/fields/connection literal_secret");
        status(201, API.post(org.path() + "/templates", json("name", "Kept home", "definition", leaky))
                .as(org.admin()).send());

        Map<String, Object> computed = definition(List.of(node("start", "trigger.manual", json()),
                        node("call", "http.request", json("url", "https://api.example.com/things",
                                "headers", json("Authorization", "Bearer {{ $input.token }}",
                                        "X-Api-Key", "{{ $input.key }}", "Accept", "application/json"))),
                        node("post", "integration.action", json("provider", "slack", "action", "send",
                                "connection", UUID.randomUUID().toString()))),
                List.of(edge("start", "call"), edge("call", "post")));
        status(201, API.post(org.path() + "/templates", json("name", "Clean", "public", true, "definition",
                computed)).as(org.admin()).send());
    }

    /** Who published a public template is the publishing organization's business, not every reader's. */
    @Test
    void aPublicTemplateDoesNotNameThePersonWhoPublishedIt() {
        String category = "authors-" + UUID.randomUUID().toString().substring(0, 8);
        String publicId = status(201, API.post(org.path() + "/templates", json("name", "Published", "category",
                category, "public", true, "definition", validDefinition())).as(org.admin()).send()).text("id");
        String privateId = status(201, template(org, "Private", false, category)).text("id");

        Api.Reply shown = status(200, API.get(other.path() + "/templates/" + publicId).as(other.member()).send());
        List<JsonNode> listed = items(API.get(other.path() + "/templates?category="
                + category).as(other.member()).send());

        assertFalse(shown.raw().body().contains(org.admin().id()), shown::toString);
        assertTrue(shown.json().path("createdBy").isNull() || shown.json().path("createdBy").isMissingNode());
        assertEquals(1, listed.size(), listed::toString);
        assertFalse(listed.toString().contains(org.admin().id()), listed::toString);
        assertFalse(status(200, API.get(org.path() + "/templates/" + publicId).as(org.member()).send()).raw().body()
                .contains(org.admin().id()));
        assertEquals(org.member().id(), status(200, API.get(org.path() + "/templates/" + privateId)
                .as(org.member()).send()).text("createdBy"), "a private template names its author");
    }
}
