package dev.glyphic.bootstrap.api;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Definitions.definition;
import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Expect.items;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.bootstrap.api.execution.Executions;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks, schedules and webhook endpoints belong to their workspace: an outsider finds none of them, and an id from
 * one workspace names nothing under another, even to an owner of both.
 */
class TriggerTenancyApiTest {
    private static final Api API = new Api();
    private static TestOrg org;
    private static TestOrg other;
    private static Executions.Space space;
    private static String webhook;
    private static String schedule;
    private static String endpoint;

    @BeforeAll
    static void triggersInOneWorkspace() {
        org = TestOrg.create(API);
        other = TestOrg.create(API);
        space = Executions.newSpace(API, org);
        String workflow = status(201, API.post(space.path() + "/workflows", json("name", "Both " + UUID.randomUUID(),
                "active", true, "definition", definition(List.of(
                        node("hook", "trigger.webhook", json()),
                        node("tick", "trigger.schedule", json("cron", "0 9 * * *")),
                        node("set", "data.set", json("values", json("x", 1)))),
                        List.of(edge("hook", "set"), edge("tick", "set"))))).as(org.member()).send()).text("id");
        webhook = items(API.get(space.path() + "/webhooks").as(org.viewer()).send()).stream()
                .filter(w -> w.path("workflowId").asText().equals(workflow)).findFirst().orElseThrow()
                .path("id").asText();
        schedule = items(API.get(space.path() + "/schedules").as(org.viewer()).send()).stream()
                .filter(s -> s.path("workflowId").asText().equals(workflow)).findFirst().orElseThrow()
                .path("id").asText();
        endpoint = status(201, API.post(space.path() + "/webhook-endpoints", json("url", "https://hooks.example.com/x",
                "eventTypes", List.of("execution.failed"))).as(org.admin()).send()).text("id");
    }

    @Test
    void anOutsiderFindsNothingAndChangesNothing() {
        TestUser outsider = other.owner();
        for (String path : List.of(space.path() + "/webhooks", space.path() + "/webhooks/" + webhook,
                space.path() + "/webhooks/" + webhook + "/receipts", space.path() + "/schedules",
                space.path() + "/schedules/" + schedule, space.path() + "/schedules/" + schedule + "/slots",
                space.path() + "/webhook-endpoints", space.path() + "/webhook-endpoints/" + endpoint,
                space.path() + "/webhook-endpoints/" + endpoint + "/deliveries")) {
            problem(404, "not-found", API.get(path).as(outsider).send());
        }
        problem(404, "not-found", API.post(space.path() + "/webhooks/" + webhook + "/rotate-secret", null)
                .as(outsider).send());
        problem(404, "not-found", API.post(space.path() + "/schedules/" + schedule + "/pause", null).as(outsider)
                .send());
        problem(404, "not-found", API.delete(space.path() + "/webhook-endpoints/" + endpoint).as(outsider).send());
        assertEquals(false, status(200, API.get(space.path() + "/schedules/" + schedule).as(org.viewer()).send())
                .json().path("paused").asBoolean(), "nothing changed");
    }

    @Test
    void anIdFromOneWorkspaceNamesNothingUnderAnother() {
        Executions.Space elsewhere = Executions.newSpace(API, org);
        problem(404, "not-found", API.get(elsewhere.path() + "/webhooks/" + webhook).as(org.owner()).send());
        problem(404, "not-found", API.post(elsewhere.path() + "/webhooks/" + webhook + "/rotate-secret", null)
                .as(org.owner()).send());
        problem(404, "not-found", API.get(elsewhere.path() + "/schedules/" + schedule).as(org.owner()).send());
        problem(404, "not-found", API.post(elsewhere.path() + "/schedules/" + schedule + "/pause", null)
                .as(org.owner()).send());
        problem(404, "not-found", API.get(elsewhere.path() + "/webhook-endpoints/" + endpoint).as(org.owner())
                .send());
        problem(404, "not-found", API.delete(elsewhere.path() + "/webhook-endpoints/" + endpoint).as(org.owner())
                .send());
        status(200, API.get(space.path() + "/webhook-endpoints/" + endpoint).as(org.viewer()).send());
    }
}
