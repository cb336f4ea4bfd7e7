package dev.glyphic.bootstrap.api.webhook;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Definitions.definition;
import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Expect.items;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import dev.glyphic.bootstrap.api.execution.Executions;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public {@code /hooks/{path}} end to end: signatures made by the Standard Webhooks library, the run that a call
 * starts, and the admins' API around it.
 */
class WebhookApiTest {
    private static final Api API = new Api();
    private static TestOrg org;

    @BeforeAll
    static void organization() {
        org = TestOrg.create(API);
    }

    @Test
    void aSignedCallRunsTheWorkflowAndWhenFinishedAnswersItsOutput() throws Exception {
        Hook hook = hook("when_finished");
        String body = "{\"n\": 21}";

        Api.Reply answer = status(200, signed(hook, "msg-" + UUID.randomUUID(), body).send());

        assertEquals("succeeded", answer.text("status"), answer::toString);
        assertEquals(42, answer.json().path("output").path("doubled").asInt(), answer::toString);
        JsonNode run = Executions.awaitStatus(API, hook.space(), org.viewer(), answer.text("executionId"),
                "succeeded");
        assertEquals("webhook", run.path("triggerType").asText(), run::toString);
    }

    @Test
    void immediatelyAnswers202AndARepeatAnswersTheSameRun() throws Exception {
        Hook hook = hook("immediately");
        String id = "msg-" + UUID.randomUUID();

        Api.Reply first = status(202, signed(hook, id, "{\"n\": 1}").send());
        Api.Reply again = status(200, signed(hook, id, "{\"n\": 1}").send());

        assertEquals(first.text("executionId"), again.text("executionId"));
        assertTrue(again.json().path("repeated").asBoolean());
        problem(409, "message-id-reused", signed(hook, id, "{\"n\": 2}").send());
    }

    @Test
    void refusalsAreProblemsThatSayWhy() throws Exception {
        Hook hook = hook("immediately");
        Hook other = hook("immediately");

        Api.Reply wrongSecret = problem(401, "signature-invalid",
                signedWith(other.secret(), hook, "m-1", "{}").send());
        assertTrue(wrongSecret.json().path("detail").asText().contains("no signature matches"), wrongSecret::toString);
        problem(401, "signature-invalid", API.post(hook.url(), "{}").send());
        problem(404, "not-found", API.post("/hooks/" + "A".repeat(43), "{}").send());
        problem(404, "not-found", API.post("/hooks/short", "{}").send());
        Api.Reply wrongMethod = problem(405, "method-not-allowed", API.patch(hook.url(), "{}").send());
        assertEquals("POST", wrongMethod.header("Allow").orElse(""));
        problem(413, "payload-too-large", signed(hook, "big", "\"" + "x".repeat(1_100_000) + "\"").send());
        problem(400, "unreadable-body", signed(hook, "bad", "{oops").send());

        List<JsonNode> log = items(API.get(hook.path() + "/receipts").as(org.viewer()).send());
        assertTrue(log.stream().anyMatch(r -> r.path("status").asInt() == 401
                && r.path("outcome").asText().equals("refused")), log::toString);
    }

    @Test
    void adminsManageMembersAndViewersOnlyLook() throws Exception {
        Hook hook = hook("immediately");

        JsonNode listed = items(API.get(hook.space().path() + "/webhooks").as(org.viewer()).send()).stream()
                .filter(w -> w.path("id").asText().equals(hook.id())).findFirst().orElseThrow();
        assertTrue(listed.path("secret").isMissingNode() || listed.path("secret").isNull(), listed::toString);
        assertEquals("standard", listed.path("scheme").asText());
        problem(403, "forbidden", API.post(hook.path() + "/rotate-secret", null).as(org.member()).send());
        problem(403, "forbidden", API.patch(hook.path(), json("enabled", false)).as(org.member()).send());
        problem(422, "validation", API.patch(hook.path(), json("scheme", "md5")).as(org.admin()).send());

        status(200, API.patch(hook.path(), json("enabled", false)).as(org.admin()).send());
        problem(404, "not-found", signed(hook, "off", "{}").send());
        status(200, API.patch(hook.path(), json("enabled", true)).as(org.admin()).send());

        Api.Reply unsigned = status(200, API.patch(hook.path(), json("scheme", "none")).as(org.admin()).send());
        assertEquals("none", unsigned.text("scheme"));
        status(202, API.post(hook.url(), "{}").send());
        assertFalse(items(API.get(hook.space().path() + "/webhooks").as(org.viewer()).send()).isEmpty());
        problem(404, "not-found", API.get(hook.space().path() + "/webhooks/" + UUID.randomUUID())
                .as(org.viewer()).send());
    }

    private record Hook(Executions.Space space, String id, String url, String secret) {
        String path() {
            return space.path() + "/webhooks/" + id;
        }
    }

    /** A workspace with an active workflow: trigger.webhook → data.set doubling the body's n. */
    private static Hook hook(String respond) {
        Executions.Space space = Executions.newSpace(API, org);
        Map<String, Object> definition = definition(List.of(
                        node("hook", "trigger.webhook", json("method", "POST", "respond", respond)),
                        node("double", "data.set", json("values", json("doubled", "{{ $input.body.n * 2 }}")))),
                List.of(edge("hook", "double")));
        String workflowId = status(201, API.post(space.path() + "/workflows", json("name", "Hooked "
                + UUID.randomUUID(), "active", true, "definition", definition)).as(org.member()).send()).text("id");
        JsonNode webhook = items(API.get(space.path() + "/webhooks").as(org.viewer()).send()).stream()
                .filter(w -> w.path("workflowId").asText().equals(workflowId)).findFirst().orElseThrow();
        String id = webhook.path("id").asText();
        String secret = status(200, API.post(space.path() + "/webhooks/" + id + "/rotate-secret", null)
                .as(org.admin()).send()).text("secret");
        return new Hook(space, id, webhook.path("url").asText(), secret);
    }

    private static Api.Call signed(Hook hook, String id, String body) throws Exception {
        return signedWith(hook.secret(), hook, id, body);
    }

    private static Api.Call signedWith(String secret, Hook hook, String id, String body) throws Exception {
        long now = Instant.now().getEpochSecond();
        return API.post(hook.url(), body).header("webhook-id", id).header("webhook-timestamp", Long.toString(now))
                .header("webhook-signature", new Webhook(secret).sign(id, now, body));
    }
}
