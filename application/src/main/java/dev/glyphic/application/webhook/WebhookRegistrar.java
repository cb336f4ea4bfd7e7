package dev.glyphic.application.webhook;

import dev.glyphic.application.port.out.webhook.Webhooks;
import dev.glyphic.application.trigger.TriggerRegistrar;
import dev.glyphic.domain.trigger.TriggerNode;
import dev.glyphic.domain.webhook.InboundWebhook;
import dev.glyphic.domain.workflow.Workflow;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one webhook per {@code trigger.webhook} node. A node that stays keeps its webhook (path, secret, scheme, the
 * admin's switch, its counts) through every new version and every deactivation; a node that goes, or a workflow
 * that stops listening, leaves its webhook in place but deaf, so reactivating brings back the same URL.
 */
public final class WebhookRegistrar implements TriggerRegistrar {
    private final Webhooks webhooks;

    public WebhookRegistrar(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    public void sync(Workflow workflow, List<TriggerNode> live, Instant now) {
        Map<String, InboundWebhook> existing = new HashMap<>();
        webhooks.ofWorkflow(workflow.orgId(), workflow.id()).forEach(hook -> existing.put(hook.nodeId(), hook));
        for (TriggerNode trigger : live) {
            if (trigger instanceof TriggerNode.Webhook node) {
                InboundWebhook known = existing.remove(node.nodeId());
                if (known == null) {
                    webhooks.insert(InboundWebhook.create(workflow.orgId(), workflow.workspaceId(), workflow.id(),
                            node, now));
                } else if (!known.listening() || !known.method().equals(node.method())
                        || known.respond() != node.respond()) {
                    webhooks.update(known.following(node, now));
                }
            }
        }
        existing.values().stream().filter(InboundWebhook::listening)
                .forEach(deaf -> webhooks.update(deaf.stopListening(now)));
    }
}
