package dev.glyphic.application.event;

import dev.glyphic.application.port.out.event.EventSubscriptions;
import dev.glyphic.application.trigger.TriggerRegistrar;
import dev.glyphic.domain.event.EventSubscription;
import dev.glyphic.domain.trigger.TriggerNode;
import dev.glyphic.domain.workflow.Workflow;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Keeps one subscription per {@code trigger.event} node; a node that goes, or a silent workflow, stops listening. */
public final class EventRegistrar implements TriggerRegistrar {
    private final EventSubscriptions subscriptions;

    public EventRegistrar(EventSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public void sync(Workflow workflow, List<TriggerNode> live, Instant now) {
        Map<String, EventSubscription> existing = new HashMap<>();
        subscriptions.ofWorkflow(workflow.orgId(), workflow.id()).forEach(s -> existing.put(s.nodeId(), s));
        for (TriggerNode trigger : live) {
            if (trigger instanceof TriggerNode.Event node) {
                EventSubscription wanted = new EventSubscription(workflow.orgId(), workflow.id(), node.nodeId(),
                        workflow.workspaceId(), node.event(), node.filter(), true, now);
                EventSubscription known = existing.remove(node.nodeId());
                if (known == null || !same(known, wanted)) {
                    subscriptions.save(wanted);
                }
            }
        }
        existing.values().stream().filter(EventSubscription::listening).forEach(s -> subscriptions.save(
                new EventSubscription(s.orgId(), s.workflowId(), s.nodeId(), s.workspaceId(), s.type(), s.filter(),
                        false, now)));
    }

    private static boolean same(EventSubscription a, EventSubscription b) {
        return a.listening() == b.listening() && a.type() == b.type() && a.filter().equals(b.filter())
                && a.workspaceId().equals(b.workspaceId());
    }
}
