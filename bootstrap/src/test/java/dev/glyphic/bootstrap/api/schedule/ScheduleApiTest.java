package dev.glyphic.bootstrap.api.schedule;

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
import dev.glyphic.bootstrap.api.execution.Executions;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Schedules over the API: made by a workflow's trigger node, seen by viewers, paused and resumed by admins. */
class ScheduleApiTest {
    private static final Api API = new Api();
    private static TestOrg org;

    @BeforeAll
    static void organization() {
        org = TestOrg.create(API);
    }

    @Test
    void anActiveWorkflowsScheduleIsListedPreviewedPausedAndResumed() {
        Executions.Space space = Executions.newSpace(API, org);
        String workflowId = status(201, API.post(space.path() + "/workflows", json("name", "Mornings "
                + UUID.randomUUID(), "active", true, "definition", definition(List.of(
                        node("tick", "trigger.schedule", json("cron", "30 9 * * MON-FRI", "timezone",
                                "America/New_York", "missedRuns", "skip")),
                        node("note", "data.set", json("values", json("at", "{{ $input.scheduledFor }}")))),
                List.of(edge("tick", "note"))))).as(org.member()).send()).text("id");

        JsonNode schedule = items(API.get(space.path() + "/schedules").as(org.viewer()).send()).stream()
                .filter(s -> s.path("workflowId").asText().equals(workflowId)).findFirst().orElseThrow();
        assertEquals("30 9 * * MON-FRI", schedule.path("cron").asText());
        assertEquals("America/New_York", schedule.path("timezone").asText());
        assertEquals("skip", schedule.path("missedRuns").asText());
        assertTrue(schedule.path("listening").asBoolean());
        String path = space.path() + "/schedules/" + schedule.path("id").asText();

        JsonNode preview = status(200, API.get(path + "/preview?count=3").as(org.viewer()).send()).json();
        assertEquals(3, preview.path("next").size(), preview::toString);
        for (JsonNode at : preview.path("next")) {
            var local = Instant.parse(at.asText()).atZone(ZoneId.of("America/New_York"));
            assertEquals(9, local.getHour());
            assertEquals(30, local.getMinute());
        }
        problem(400, "invalid-query", API.get(path + "/preview?count=101").as(org.viewer()).send());
        problem(400, "invalid-query", API.get(path + "/preview?count=0").as(org.viewer()).send());

        problem(403, "forbidden", API.post(path + "/pause", null).as(org.member()).send());
        assertTrue(status(200, API.post(path + "/pause", null).as(org.admin()).send()).json().path("paused")
                .asBoolean());
        Api.Reply resumed = status(200, API.post(path + "/resume", null).as(org.admin()).send());
        assertEquals(false, resumed.json().path("paused").asBoolean());
        assertTrue(resumed.json().path("nextRunAt").isTextual(), resumed::toString);

        assertEquals(List.of(), items(API.get(path + "/slots").as(org.viewer()).send()));
        problem(404, "not-found", API.get(space.path() + "/schedules/" + UUID.randomUUID()).as(org.viewer()).send());
        problem(404, "not-found", API.get(space.path() + "/schedules/not-an-id").as(org.viewer()).send());
    }
}
