package dev.glyphic.persistence.webhook;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.webhook.WebhookReceipts;
import dev.glyphic.application.port.out.webhook.Webhooks;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.domain.trigger.TriggerNode;
import dev.glyphic.domain.webhook.InboundWebhook;
import dev.glyphic.domain.webhook.WebhookId;
import dev.glyphic.domain.webhook.WebhookReceipt;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.testing.TestData;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What every {@link Webhooks} and {@link WebhookReceipts} promise about the reads and writes a group of calls makes. */
abstract class WebhooksContract {
    private final Transactions tx = bean(Transactions.class);
    private final Webhooks webhooks = webhooks();
    private final WebhookReceipts receipts = receipts();
    private final OrgId org;
    private final Workspace workspace;
    private final WorkflowId workflow = WorkflowId.random();
    private final Instant now = TestData.now().truncatedTo(ChronoUnit.MILLIS);

    WebhooksContract() {
        TestData data = new TestData();
        UserId user = data.user().id();
        org = data.org(user);
        workspace = Workspace.open(org, DisplayName.of("Workspace"), TestData.slug(), TestData.now());
        inTenant(() -> bean(WorkspaceRepository.class).insert(workspace));
        TestData.execute("insert into workflows (org_id, id, workspace_id, name, is_active, is_public, definition, "
                + "version, is_valid, created_by, created_at, updated_by, updated_at) values (?, ?, ?, 'F', false, "
                + "false, '{}', 1, true, ?, now(), ?, now())", org.value(), workflow.value(),
                workspace.id().value(), user.value(), user.value());
    }

    /** The ports under test, on the test database. */
    abstract Webhooks webhooks();

    abstract WebhookReceipts receipts();

    @Test
    void findAllAnswersThoseOfTheOrgThatExist() {
        InboundWebhook one = stored("one");
        InboundWebhook two = stored("two");

        List<InboundWebhook> found = inTenant(() -> webhooks.findAll(org, List.of(one.id(), two.id(),
                WebhookId.random())));

        assertEquals(Set.of(one, two), Set.copyOf(found));
        assertEquals(List.of(), inTenant(() -> webhooks.findAll(org, List.of())));
    }

    @Test
    void triggeredCountsEachWebhooksCallsAndWhenTheLastCame() {
        InboundWebhook one = stored("one");
        InboundWebhook two = stored("two");
        Map<WebhookId, Integer> calls = new LinkedHashMap<>();
        calls.put(one.id(), 3);
        calls.put(two.id(), 1);

        inTenant(() -> webhooks.triggered(org, calls, now));
        inTenant(() -> webhooks.triggered(org, Map.of(one.id(), 2), now.plusSeconds(1)));
        inTenant(() -> webhooks.triggered(org, Map.of(), now.plusSeconds(2)));

        InboundWebhook first = inTenant(() -> webhooks.find(org, one.id())).orElseThrow();
        assertEquals(5, first.triggerCount());
        assertEquals(Optional.of(now.plusSeconds(1)), first.lastTriggeredAt());
        InboundWebhook second = inTenant(() -> webhooks.find(org, two.id())).orElseThrow();
        assertEquals(1, second.triggerCount());
        assertEquals(Optional.of(now), second.lastTriggeredAt());
    }

    @Test
    void receiptsRecordedTogetherAreListedNewestFirst() {
        InboundWebhook hook = stored("logged");
        WebhookReceipt started = WebhookReceipt.of(org, hook.id(), now, Optional.of("msg_1"), 202,
                WebhookReceipt.Outcome.STARTED, "run started", Optional.of(ExecutionId.random()));
        WebhookReceipt refused = WebhookReceipt.of(org, hook.id(), now, Optional.empty(), 401,
                WebhookReceipt.Outcome.REFUSED, "no signature", Optional.empty());

        inTenant(() -> receipts.record(List.of(started, refused)));
        inTenant(() -> receipts.record(List.of()));

        assertEquals(List.of(started, refused).stream().sorted(Comparator.comparing(WebhookReceipt::id).reversed())
                .toList(), inTenant(() -> receipts.list(org, hook.id(), PageRequest.first(10))));
    }

    private InboundWebhook stored(String nodeId) {
        InboundWebhook webhook = InboundWebhook.create(org, workspace.id(), workflow,
                new TriggerNode.Webhook(nodeId, "POST", TriggerNode.Respond.IMMEDIATELY), now);
        inTenant(() -> webhooks.insert(webhook));
        return webhook;
    }

    private <T> T inTenant(Supplier<T> work) {
        return tx.inTenant(org, work);
    }

    private void inTenant(Runnable work) {
        tx.inTenant(org, () -> {
            work.run();
            return null;
        });
    }
}
