package dev.glyphic.bootstrap.api.workflow;

import static dev.glyphic.bootstrap.api.workflow.Workflows.create;
import static dev.glyphic.bootstrap.api.workflow.Workflows.names;
import static dev.glyphic.bootstrap.api.workflow.Workflows.triggerOnlyDefinition;
import static dev.glyphic.bootstrap.api.workflow.Workflows.validDefinition;
import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Definitions.definition;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Expect.fieldErrors;
import static dev.glyphic.bootstrap.testing.Expect.items;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Finding workflows in a workspace: filters, sorts, and keyset pages that neither skip nor repeat. */
class WorkflowListApiTest {
    private static final Api API = new Api();
    private static TestOrg org;
    private static Workflows.Space space;
    /** In creation order, so in updatedAt order. */
    private static final List<JsonNode> CREATED = new ArrayList<>();

    @BeforeAll
    static void fourWorkflows() {
        org = TestOrg.create(API);
        space = Workflows.newSpace(API, org);
        CREATED.add(create(API, space, org.member(), "Alpha newsletter", validDefinition(),
                "tags", List.of("news", "weekly"), "active", true).json());
        CREATED.add(create(API, space, org.member(), "alpine digest", triggerOnlyDefinition(),
                "tags", List.of("news")).json());
        CREATED.add(create(API, space, org.member(), "Beta report", validDefinition(),
                "tags", List.of("weekly"), "active", true).json());
        CREATED.add(create(API, space, org.member(), "Gamma cleanup",
                definition(List.of(node("loose", "http.request", json("url", "https://example.com"))), List.of()),
                "draft", true).json());
    }

    private static List<String> list(String query) {
        return names(API.get(space.workflows() + "?limit=200&" + query).as(org.viewer()).send());
    }

    private static Set<String> listSet(String query) {
        return new HashSet<>(list(query));
    }

    private static String at(int index) {
        return URLEncoder.encode(CREATED.get(index).path("updatedAt").asText(), StandardCharsets.UTF_8);
    }

    @Test
    void theDefaultOrderIsNewestFirstAndItemsLeaveTheDefinitionOut() {
        Api.Reply reply = API.get(space.workflows()).as(org.viewer()).send();

        assertEquals(List.of("Gamma cleanup", "Beta report", "alpine digest", "Alpha newsletter"), names(reply));
        JsonNode first = items(reply).get(0);
        assertTrue(first.path("definition").isMissingNode(), first::toString);
        assertEquals(1, first.path("nodeCount").asInt(), first::toString);
        assertTrue(first.has("valid") && first.has("executionCount") && first.has("updatedAt"), first::toString);
        assertTrue(reply.json().path("nextCursor").isNull(), reply::toString);
    }

    @Test
    void filtersNarrowTheList() {
        assertEquals(Set.of("Alpha newsletter", "alpine digest"), listSet("tag=news"));
        assertEquals(Set.of("Alpha newsletter", "Beta report"), listSet("tag=WEEKLY"));
        assertEquals(Set.of("Alpha newsletter", "alpine digest"), listSet("name=alp"));
        assertEquals(Set.of("Alpha newsletter", "alpine digest"), listSet("name=Alp"));
        assertEquals(Set.of("Beta report"), listSet("q=report"));
        assertEquals(Set.of("Alpha newsletter"), listSet("q=LETT"));
        assertEquals(Set.of("Alpha newsletter", "Beta report"), listSet("active=true"));
        assertEquals(Set.of("alpine digest", "Gamma cleanup"), listSet("active=false"));
        assertEquals(Set.of("Alpha newsletter", "Beta report", "Gamma cleanup"), listSet("nodeType=http.request"));
        assertEquals(Set.of("Alpha newsletter", "alpine digest"), listSet("nodeType=logic.if&tag=news"));
        assertEquals(Set.of(), listSet("nodeType=flow.delay"));
    }

    /** The window is half-open, [updatedFrom, updatedTo), so that consecutive windows never share a workflow. */
    @Test
    void anUpdateWindowKeepsWorkflowsLastChangedInsideIt() {
        assertEquals(Set.of("Beta report", "Gamma cleanup"), listSet("updatedFrom=" + at(2)));
        assertEquals(Set.of("Alpha newsletter"), listSet("updatedTo=" + at(1)));
        assertEquals(Set.of("alpine digest", "Beta report"), listSet("updatedFrom=" + at(1) + "&updatedTo=" + at(3)));
    }

    @Test
    void pagesByNameNeitherSkipNorRepeat() {
        Api.Reply page1 = API.get(space.workflows() + "?sort=name&limit=2").as(org.viewer()).send();
        assertEquals(List.of("Alpha newsletter", "alpine digest"), names(page1));
        String cursor = page1.text("nextCursor");
        assertTrue(!cursor.isEmpty() && !page1.json().path("nextCursor").isNull(), page1::toString);

        Api.Reply page2 = API.get(space.workflows() + "?sort=name&limit=2&cursor=" + cursor).as(org.viewer()).send();
        assertEquals(List.of("Beta report", "Gamma cleanup"), names(page2));
        assertTrue(page2.json().path("nextCursor").isNull(), page2::toString);

        Api.Reply byTime1 = API.get(space.workflows() + "?limit=3").as(org.viewer()).send();
        Api.Reply byTime2 = API.get(space.workflows() + "?limit=3&cursor=" + byTime1.text("nextCursor"))
                .as(org.viewer()).send();
        List<String> all = new ArrayList<>(names(byTime1));
        all.addAll(names(byTime2));
        assertEquals(List.of("Gamma cleanup", "Beta report", "alpine digest", "Alpha newsletter"), all);

        Api.Reply foreign = API.get(space.workflows() + "?sort=updatedAt&cursor=" + cursor).as(org.viewer()).send();
        problem(400, "invalid-query", foreign);
        assertEquals(List.of("/cursor invalid_cursor"), fieldErrors(foreign));
    }

    @Test
    void badQueryValuesAreAllNamedAtOnce() {
        Api.Reply bad = API.get(space.workflows() + "?limit=500&sort=size&active=yes&updatedFrom=yesterday"
                + "&trash=maybe&tag=" + URLEncoder.encode("no spaces", StandardCharsets.UTF_8))
                .as(org.viewer()).send();

        problem(400, "invalid-query", bad);
        assertEquals(Set.of("/limit out_of_range", "/sort not_in_enum", "/active wrong_type",
                "/updatedFrom wrong_type", "/trash wrong_type", "/tag invalid_tag"), new HashSet<>(fieldErrors(bad)));
        problem(400, "invalid-query", API.get(space.workflows() + "?cursor=garbage").as(org.viewer()).send());
        Api.Reply nul = API.get(space.workflows() + "?q=a%00b&name=%00").as(org.viewer()).send();
        problem(400, "invalid-query", nul);
        assertEquals(Set.of("/q unstorable_text", "/name unstorable_text"), new HashSet<>(fieldErrors(nul)));
        assertEquals(4, list("q=&name=").size(), "empty text filters filter nothing");
    }
}
