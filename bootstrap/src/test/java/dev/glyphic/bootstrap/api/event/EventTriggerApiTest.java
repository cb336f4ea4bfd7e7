package dev.glyphic.bootstrap.api.event;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Definitions.definition;
import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Expect.items;
import static dev.glyphic.bootstrap.testing.Expect.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.bootstrap.api.execution.Executions;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.persistence.testing.Await;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** In the running server: a run's end, through the outbox and the dispatcher, starts the workflow listening for it. */
class EventTriggerApiTest {
    private static final Api API = new Api();
    private static TestOrg org;

    @BeforeAll
    static void organization() {
        org = TestOrg.create(API);
    }

    @Test
    void aSucceededRunStartsTheWorkflowThatListensForItsWorkflow() {
        Executions.Space space = Executions.newSpace(API, org);
        String source = Executions.workflow(API, space, org.member(), definition(List.of(
                        node("start", "trigger.manual", json()),
                        node("set", "data.set", json("values", json("done", true)))),
                List.of(edge("start", "set"))));
        String listener = status(201, API.post(space.path() + "/workflows", json("name", "After " + UUID.randomUUID(),
                "active", true, "definition", definition(List.of(
                        node("on", "trigger.event", json("event", "execution.succeeded",
                                "filter", "{{ $input.data.workflowId = '" + source + "' }}")),
                        node("note", "data.set", json("values", json("after", "{{ $input.data.executionId }}")))),
                        List.of(edge("on", "note"))))).as(org.member()).send()).text("id");

        String first = status(201, API.post(space.runs(source), json("input", null)).as(org.member()).send())
                .text("id");
        Executions.awaitStatus(API, space, org.viewer(), first, "succeeded");

        JsonNode reaction = Await.until("the listener to run", () -> items(API.get(space.executions()
                        + "?workflowId=" + listener).as(org.viewer()).send()).stream().findFirst(),
                () -> "no run of the listener yet");
        assertEquals("event", reaction.path("triggerType").asText(), reaction::toString);
        JsonNode done = Executions.awaitStatus(API, space, org.viewer(), reaction.path("id").asText(), "succeeded");
        assertEquals(first, done.path("output").path("after").asText(), done::toString);
        assertEquals(Optional.empty(), items(API.get(space.executions() + "?workflowId=" + source)
                .as(org.viewer()).send()).stream().filter(e -> e.path("triggerType").asText().equals("event"))
                .findFirst(), "the listener's own end does not restart the source");
    }
}
