package dev.glyphic.application.webhook;

import static dev.glyphic.application.testing.Given.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.webhook.ReceiveWebhook;
import dev.glyphic.application.port.in.webhook.ReceiveWebhook.Answer;
import dev.glyphic.application.port.in.webhook.UpdateWebhook;
import dev.glyphic.application.port.in.workflow.CreateWorkflow;
import dev.glyphic.application.port.in.workflow.UpdateWorkflow;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.testing.Definitions;
import dev.glyphic.application.testing.Given;
import dev.glyphic.application.testing.UseCases;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.org.TenantCeilings;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.webhook.InboundWebhook;
import dev.glyphic.domain.webhook.SignatureScheme;
import dev.glyphic.domain.webhook.WebhookReceipt;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.Workflow;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A webhook follows its workflow's trigger node, and a call is verified, limited and turned into exactly one run per
 * message; every call is logged. Signatures are made by the Standard Webhooks library.
 */
class ReceiveWebhookServiceTest {
    private static final WebhookLimits LIMITS = new WebhookLimits(1024, Duration.ofMinutes(5), Duration.ZERO,
            Duration.ofHours(24), 5, Duration.ofMinutes(1));
    private static final String BODY = "{\"order\": 42}";

    /** Room for every test's runs, and a queue one test fills. */
    private static final int QUEUE_CAP = 40;
    private static final WebhookLimits UNLIMITED = new WebhookLimits(1024, Duration.ofMinutes(5), Duration.ZERO,
            Duration.ofHours(24), 1_000, Duration.ofMinutes(1));

    private final UseCases app = new UseCases(new TenantCeilings(100, 365, QUEUE_CAP, 10));
    private final Given given = new Given(app);
    private final User owner = given.person();
    private final OrgId org = given.org(owner);
    private final WorkspaceId space = given.workspace(org, owner);
    private final User admin = given.member(org, Role.ADMIN);
    private final ReceiveWebhook receive = app.receiveWebhook(LIMITS);

    @Test
    void aSignedCallStartsOneRunWithTheCallAsTriggerDataAndNoSecrets() throws Exception {
        InboundWebhook hook = webhookOf(create(true));

        Answer answer = receive.receive(signed(hook, "msg_1", BODY));

        var started = assertInstanceOf(Answer.Started.class, answer);
        assertFalse(started.repeated());
        ExecutionRecord run = app.transactions.inTenant(org, () -> app.executions.find(org, started.executionId()))
                .orElseThrow();
        assertEquals(TriggerType.WEBHOOK, run.execution().triggerType());
        Json.Obj data = (Json.Obj) run.triggerData();
        assertEquals(JsonText.parse(BODY), data.fields().get("body"));
        assertEquals(Json.of("msg_1"), data.fields().get("messageId"));
        Json.Obj headers = (Json.Obj) data.fields().get("headers");
        assertTrue(headers.fields().containsKey("webhook-id"));
        assertFalse(headers.fields().containsKey("webhook-signature"), "the signature never reaches the run");
        assertFalse(headers.fields().containsKey("authorization"));
        assertFalse(JsonText.write(data).contains(hook.secret().reveal()));
        assertEquals(1, webhookOf(hook).triggerCount());
        assertTrue(webhookOf(hook).lastTriggeredAt().isPresent());
    }

    @Test
    void aRepeatedMessageIdAnswersTheFirstRunAndStartsNothing() throws Exception {
        InboundWebhook hook = webhookOf(create(true));

        var first = assertInstanceOf(Answer.Started.class, receive.receive(signed(hook, "msg_1", BODY)));
        var again = assertInstanceOf(Answer.Started.class, receive.receive(signed(hook, "msg_1", BODY)));

        assertTrue(again.repeated());
        assertEquals(first.executionId(), again.executionId());
        assertEquals(1, webhookOf(hook).triggerCount());
        assertEquals(List.of(WebhookReceipt.Outcome.REPEATED, WebhookReceipt.Outcome.STARTED), outcomes(hook));
    }

    @Test
    void callsArrivingTogetherStartOneRunPerMessageIdAndAreEachLoggedAndCounted() throws Exception {
        ReceiveWebhook unlimited = app.receiveWebhook(UNLIMITED);
        InboundWebhook one = webhookOf(create(true));
        InboundWebhook two = webhookOf(create(true));
        List<ReceiveWebhook.Call> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            InboundWebhook hook = i % 2 == 0 ? one : two;
            calls.add(signed(hook, "msg_" + i, BODY));
            if (i % 3 == 0) {
                calls.add(signed(hook, "msg_" + i, BODY)); // a sender's retry, arriving with the original
            }
        }
        ExecutorService senders = Executors.newFixedThreadPool(16);
        List<Answer.Started> answers = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> sent = new ArrayList<>();
            for (ReceiveWebhook.Call call : calls) {
                sent.add(senders.submit(() -> {
                    go.await();
                    return unlimited.receive(call);
                }));
            }
            go.countDown();
            for (Future<Answer> answer : sent) {
                answers.add(assertInstanceOf(Answer.Started.class, answer.get(30, TimeUnit.SECONDS)));
            }
        } finally {
            senders.shutdownNow();
        }

        assertEquals(30, answers.stream().map(Answer.Started::executionId).distinct().count(),
                "one run per message id");
        assertEquals(10, answers.stream().filter(Answer.Started::repeated).count(), "each retry answered as one");
        assertEquals(15, webhookOf(one).triggerCount());
        assertEquals(15, webhookOf(two).triggerCount());
        assertEquals(20, receipts(one).size(), "every call logged: 15 runs, 5 retries");
        assertEquals(20, receipts(two).size());
    }

    @Test
    void aCallThatFindsTheQueueFullIsLoggedAndRefusedAndStartsNothing() throws Exception {
        ReceiveWebhook unlimited = app.receiveWebhook(UNLIMITED);
        InboundWebhook hook = webhookOf(create(true));
        for (int i = 0; i < QUEUE_CAP; i++) {
            assertInstanceOf(Answer.Started.class, unlimited.receive(signed(hook, "msg_" + i, BODY)));
        }

        DomainException.RateLimited refused = assertThrows(DomainException.RateLimited.class,
                () -> unlimited.receive(signed(hook, "msg_one_too_many", BODY)));

        assertEquals("queue_full", refused.code());
        assertEquals(QUEUE_CAP, webhookOf(hook).triggerCount());
        WebhookReceipt logged = receipts(hook).stream()
                .filter(r -> r.messageId().equals(Optional.of("msg_one_too_many"))).findFirst().orElseThrow();
        assertEquals(WebhookReceipt.Outcome.REFUSED, logged.outcome());
        assertEquals(429, logged.status());
    }

    @Test
    void theSameMessageIdWithAnotherBodyIsAConflict() throws Exception {
        InboundWebhook hook = webhookOf(create(true));
        receive.receive(signed(hook, "msg_1", BODY));

        assertInstanceOf(Answer.Conflict.class, receive.receive(signed(hook, "msg_1", "{\"order\": 43}")));
    }

    @Test
    void aWrongSecretIsRefusedAndLoggedWithWhy() throws Exception {
        InboundWebhook hook = webhookOf(create(true));
        String stranger = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);

        var refused = assertInstanceOf(Answer.Unauthorized.class, receive.receive(signedWith(stranger, hook, "m", BODY)));

        assertTrue(refused.reason().contains("no signature matches"), refused.reason());
        WebhookReceipt receipt = receipts(hook).get(0);
        assertEquals(401, receipt.status());
        assertEquals(WebhookReceipt.Outcome.REFUSED, receipt.outcome());
        assertEquals(0, webhookOf(hook).triggerCount());
    }

    @Test
    void afterARotationTheOldSecretWorksThroughTheGraceAndNotAfter() throws Exception {
        InboundWebhook hook = webhookOf(create(true));
        String old = hook.secret().reveal();

        var rotated = app.rotateWebhookSecret(Duration.ofHours(1)).rotate(as(admin), org, space, hook.id());
        String fresh = rotated.revealedSecret().orElseThrow();
        assertNotEquals(old, fresh);

        assertInstanceOf(Answer.Started.class, receive.receive(signedWith(old, hook, "a", BODY)));
        assertInstanceOf(Answer.Started.class, receive.receive(signedWith(fresh, hook, "b", BODY)));
        app.clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertInstanceOf(Answer.Unauthorized.class, receive.receive(signedWith(old, hook, "c", BODY)));
        assertInstanceOf(Answer.Started.class, receive.receive(signedWith(fresh, hook, "d", BODY)));
    }

    @Test
    void unsignedCallsAreTakenOnlyWhenTheAdminSaysSo() throws Exception {
        InboundWebhook hook = webhookOf(create(true));
        ReceiveWebhook.Call unsigned = call(hook, "POST", Map.of("content-type", "application/json"), BODY);
        assertInstanceOf(Answer.Unauthorized.class, receive.receive(unsigned));

        app.updateWebhook().update(as(admin), org, space, hook.id(), new UpdateWebhook.Command(Optional.empty(),
                Optional.of(SignatureScheme.NONE), Optional.empty()));

        assertInstanceOf(Answer.Started.class, receive.receive(unsigned));
    }

    @Test
    void aDisabledWebhookAndADeactivatedWorkflowTakeNoCallsAndReactivatingKeepsThePath() throws Exception {
        Workflow workflow = create(true);
        InboundWebhook hook = webhookOf(workflow);

        app.updateWebhook().update(as(admin), org, space, hook.id(), new UpdateWebhook.Command(Optional.of(false),
                Optional.empty(), Optional.empty()));
        assertInstanceOf(Answer.NotFound.class, receive.receive(signed(hook, "a", BODY)));
        app.updateWebhook().update(as(admin), org, space, hook.id(), new UpdateWebhook.Command(Optional.of(true),
                Optional.empty(), Optional.empty()));

        Workflow off = setActive(workflow, false);
        assertInstanceOf(Answer.NotFound.class, receive.receive(signed(hook, "b", BODY)));
        setActive(off, true);

        InboundWebhook back = webhookOf(workflow);
        assertEquals(hook.path(), back.path());
        assertEquals(hook.id(), back.id());
        assertInstanceOf(Answer.Started.class, receive.receive(signed(back, "c", BODY)));
    }

    @Test
    void limitsAnswerBeforeAnythingIsWritten() throws Exception {
        InboundWebhook hook = webhookOf(create(true));

        assertInstanceOf(Answer.TooLarge.class, receive.receive(signed(hook, "big", "\"" + "x".repeat(2000) + "\"")));
        assertInstanceOf(Answer.MethodNotAllowed.class, receive.receive(call(hook, "PUT", Map.of(), BODY)));
        assertInstanceOf(Answer.NotFound.class, receive.receive(new ReceiveWebhook.Call("no-such-path", "POST",
                Map.of(), name -> Optional.empty(), Map.of(), new byte[0])));
        for (int i = 0; i < 10; i++) {
            receive.receive(signed(hook, "burst-" + i, BODY));
        }
        var limited = assertInstanceOf(Answer.RateLimited.class, receive.receive(signed(hook, "one-more", BODY)));
        assertTrue(limited.retryAfter().compareTo(Duration.ZERO) > 0);
    }

    @Test
    void aJsonBodyThatIsNotJsonIsRefusedNamingWhy() throws Exception {
        InboundWebhook hook = webhookOf(create(true));

        var refused = assertInstanceOf(Answer.Unreadable.class, receive.receive(signed(hook, "m", "{not json")));

        assertTrue(refused.reason().contains("not JSON"), refused.reason());
    }

    private Workflow create(boolean active) {
        Json.Obj definition = Definitions.parse("""
                {"nodes": [%s, %s], "edges": [%s], "groups": [], "config": {}, "metadata": {}}
                """.formatted(Definitions.node("hook", "trigger.webhook", "{\"method\": \"POST\"}"),
                Definitions.node("check", "logic.if", "{\"condition\": \"{{ $input.body.order > 1 }}\"}"),
                Definitions.edge("hook", "check")));
        return app.createWorkflow().create(as(admin), org, space, new CreateWorkflow.Command(
                DisplayName.of("Hooked " + UUID.randomUUID()), "", Tags.none(), active, false, definition, false,
                ""));
    }

    private Workflow setActive(Workflow current, boolean active) {
        return app.updateWorkflow().update(as(admin), org, space, current.id(), new UpdateWorkflow.Command(
                Optional.of(current.version()), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(active), Optional.empty(), Optional.empty(), false, Optional.empty()));
    }

    private InboundWebhook webhookOf(Workflow workflow) {
        List<InboundWebhook> hooks = app.transactions.inTenant(org, () -> app.webhooks.ofWorkflow(org,
                workflow.id()));
        assertEquals(1, hooks.size());
        return hooks.get(0);
    }

    private InboundWebhook webhookOf(InboundWebhook hook) {
        return app.transactions.inTenant(org, () -> app.webhooks.find(org, hook.id())).orElseThrow();
    }

    private List<WebhookReceipt> receipts(InboundWebhook hook) {
        return app.transactions.inTenant(org, () -> app.webhookReceipts.list(org, hook.id(), PageRequest.first(50)));
    }

    private List<WebhookReceipt.Outcome> outcomes(InboundWebhook hook) {
        return receipts(hook).stream().map(WebhookReceipt::outcome).toList();
    }

    private ReceiveWebhook.Call signed(InboundWebhook hook, String id, String body) throws Exception {
        return signedWith(hook.secret().reveal(), hook, id, body);
    }

    private ReceiveWebhook.Call signedWith(String secret, InboundWebhook hook, String id, String body)
            throws Exception {
        long now = app.clock.instant().getEpochSecond();
        String signature = new Webhook(secret).sign(id, now, body);
        return call(hook, "POST", Map.of("content-type", "application/json", "webhook-id", id,
                "webhook-timestamp", Long.toString(now), "webhook-signature", signature,
                "Authorization", "Bearer not-for-the-run"), body);
    }

    private static ReceiveWebhook.Call call(InboundWebhook hook, String method, Map<String, String> headers,
                                            String body) {
        Map<String, List<String>> all = new HashMap<>();
        Map<String, String> lower = new HashMap<>();
        headers.forEach((name, value) -> {
            all.put(name, List.of(value));
            lower.put(name.toLowerCase(Locale.ROOT), value);
        });
        return new ReceiveWebhook.Call(hook.path().value(), method, all,
                name -> Optional.ofNullable(lower.get(name.toLowerCase(Locale.ROOT))), Map.of(),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
