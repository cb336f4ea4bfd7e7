package dev.glyphic.bootstrap.api.outbound;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Expect.items;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.bootstrap.api.execution.Executions;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Outbound webhook endpoints over the API: admins manage them, secrets are shown once, bad input is named. */
class WebhookEndpointApiTest {
    private static final Api API = new Api();
    private static TestOrg org;

    @BeforeAll
    static void organization() {
        org = TestOrg.create(API);
    }

    @Test
    void adminsRegisterRotateDisableAndDeleteEndpointsAndOthersOnlyLook() {
        Executions.Space space = Executions.newSpace(API, org);
        String endpoints = space.path() + "/webhook-endpoints";
        Api.Reply created = status(201, API.post(endpoints, json("url", "https://hooks.example.com/glyphic",
                "eventTypes", List.of("execution.failed", "execution.succeeded"))).as(org.admin()).send());
        String secret = created.text("secret");
        assertTrue(secret.startsWith("whsec_"), created::toString);
        String path = endpoints + "/" + created.text("id");
        assertEquals(path, created.header("Location").orElse("").replaceFirst("^.*(/api/v1/.*)$", "$1"));

        JsonNode listed = items(API.get(endpoints).as(org.viewer()).send()).get(0);
        assertTrue(listed.path("secret").isNull() || listed.path("secret").isMissingNode(), listed::toString);
        assertEquals(List.of("execution.failed", "execution.succeeded"),
                List.of(listed.path("eventTypes").get(0).asText(), listed.path("eventTypes").get(1).asText()));

        String rotated = status(200, API.post(path + "/rotate-secret", null).as(org.admin()).send()).text("secret");
        assertNotEquals(secret, rotated);
        Api.Reply off = status(200, API.patch(path, json("enabled", false)).as(org.admin()).send());
        assertEquals("disabled by an admin", off.text("disabledReason"));
        assertEquals(List.of(), items(API.get(path + "/deliveries").as(org.viewer()).send()));

        problem(403, "forbidden", API.post(endpoints, json("url", "https://x.example.com", "eventTypes",
                List.of("execution.failed"))).as(org.member()).send());
        problem(403, "forbidden", API.delete(path).as(org.member()).send());
        problem(422, "validation", API.post(endpoints, json("url", "ftp://x.example.com", "eventTypes",
                List.of("execution.failed"))).as(org.admin()).send());
        problem(422, "validation", API.post(endpoints, json("url", "https://user:pw@x.example.com", "eventTypes",
                List.of("execution.failed"))).as(org.admin()).send());
        problem(422, "validation", API.post(endpoints, json("url", "https://x.example.com", "eventTypes",
                List.of("order.paid"))).as(org.admin()).send());
        problem(422, "validation", API.post(endpoints, json("url", "https://x.example.com", "eventTypes",
                List.of())).as(org.admin()).send());
        problem(404, "not-found", API.get(endpoints + "/" + UUID.randomUUID()).as(org.viewer()).send());
        problem(404, "not-found", API.post(path + "/deliveries/" + UUID.randomUUID() + "/redeliver", null)
                .as(org.admin()).send());

        status(204, API.delete(path).as(org.admin()).send());
        problem(404, "not-found", API.get(path).as(org.viewer()).send());
    }
}
