package dev.glyphic.persistence.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.webhook.WebhookReceipts;
import dev.glyphic.application.port.out.webhook.Webhooks;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.trigger.TriggerNode;
import dev.glyphic.domain.webhook.InboundWebhook;
import dev.glyphic.domain.webhook.WebhookId;
import dev.glyphic.domain.webhook.WebhookReceipt;
import dev.glyphic.persistence.testing.OrgFixture;
import dev.glyphic.persistence.testing.TestData;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link Webhooks} and {@link WebhookReceipts} promise about the reads and writes a group of calls makes. */
abstract class WebhooksContract {
    private final OrgFixture f = new OrgFixture();
    private final Webhooks webhooks = webhooks();
    private final WebhookReceipts receipts = receipts();
    private final Instant now = TestData.now().truncatedTo(ChronoUnit.MILLIS);

    /** The ports under test, on the test database. */
    abstract Webhooks webhooks();

    abstract WebhookReceipts receipts();

    @Test
    void findAllAnswersThoseOfTheOrgThatExist() {
        InboundWebhook one = stored("one");
        InboundWebhook two = stored("two");

        List<InboundWebhook> found = f.inTenant(() -> webhooks.findAll(f.org, List.of(one.id(), two.id(),
                WebhookId.random())));

        assertEquals(Set.of(one, two), Set.copyOf(found));
        assertEquals(List.of(), f.inTenant(() -> webhooks.findAll(f.org, List.of())));
    }

    @Test
    void triggeredCountsEachWebhooksCallsAndWhenTheLastCame() {
        InboundWebhook one = stored("one");
        InboundWebhook two = stored("two");
        Map<WebhookId, Integer> calls = new LinkedHashMap<>();
        calls.put(one.id(), 3);
        calls.put(two.id(), 1);

        f.inTenant(() -> webhooks.triggered(f.org, calls, now));
        f.inTenant(() -> webhooks.triggered(f.org, Map.of(one.id(), 2), now.plusSeconds(1)));
        f.inTenant(() -> webhooks.triggered(f.org, Map.of(), now.plusSeconds(2)));

        InboundWebhook first = f.inTenant(() -> webhooks.find(f.org, one.id())).orElseThrow();
        assertEquals(5, first.triggerCount());
        assertEquals(Optional.of(now.plusSeconds(1)), first.lastTriggeredAt());
        InboundWebhook second = f.inTenant(() -> webhooks.find(f.org, two.id())).orElseThrow();
        assertEquals(1, second.triggerCount());
        assertEquals(Optional.of(now), second.lastTriggeredAt());
    }

    @Test
    void receiptsRecordedTogetherAreListedNewestFirst() {
        InboundWebhook hook = stored("logged");
        WebhookReceipt started = WebhookReceipt.of(f.org, hook.id(), now, Optional.of("msg_1"), 202,
                WebhookReceipt.Outcome.STARTED, "run started", Optional.of(ExecutionId.random()));
        WebhookReceipt refused = WebhookReceipt.of(f.org, hook.id(), now, Optional.empty(), 401,
                WebhookReceipt.Outcome.REFUSED, "no signature", Optional.empty());

        f.inTenant(() -> receipts.record(List.of(started, refused)));
        f.inTenant(() -> receipts.record(List.of()));

        assertEquals(List.of(started, refused).stream().sorted(Comparator.comparing(WebhookReceipt::id).reversed())
                .toList(), f.inTenant(() -> receipts.list(f.org, hook.id(), PageRequest.first(10))));
    }

    private InboundWebhook stored(String nodeId) {
        InboundWebhook webhook = InboundWebhook.create(f.org, f.workspace.id(), f.workflow,
                new TriggerNode.Webhook(nodeId, "POST", TriggerNode.Respond.IMMEDIATELY), now);
        f.inTenant(() -> webhooks.insert(webhook));
        return webhook;
    }
}
