package dev.glyphic.application.trigger;

import dev.glyphic.application.port.out.event.EventOutbox;
import dev.glyphic.application.port.out.trigger.TriggerRegistrations;
import dev.glyphic.domain.event.DomainEvent;
import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.trigger.TriggerNode;
import dev.glyphic.domain.trigger.TriggerNodes;
import dev.glyphic.domain.workflow.Workflow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one place where a workflow's change reaches its triggers. Every use case that creates, saves, activates,
 * deactivates, trashes or restores a workflow calls {@link #changed} in its own transaction: the registrations, the
 * record of which version they belong to and the {@code workflow.activated} event commit with the change or not at
 * all.
 */
public final class TriggerRegistry {
    private final List<TriggerRegistrar> registrars;
    private final TriggerRegistrations registrations;
    private final EventOutbox outbox;

    public TriggerRegistry(List<TriggerRegistrar> registrars, TriggerRegistrations registrations,
                           EventOutbox outbox) {
        this.registrars = List.copyOf(registrars);
        this.registrations = registrations;
        this.outbox = outbox;
    }

    /** @param before the workflow as it was before this transaction changed it; empty for a new one */
    public void changed(Optional<Workflow> before, Workflow after, Instant now) {
        boolean live = listens(after);
        register(after, live, now);
        if (live && !before.map(TriggerRegistry::listens).orElse(false)) {
            outbox.append(DomainEvent.of(after.orgId(), after.workspaceId(), EventType.WORKFLOW_ACTIVATED,
                    after.id().value(), new Json.Obj(Map.of("workflowId", Json.of(after.id().toString()),
                            "name", Json.of(after.name().value()), "version", Json.of(after.version()))), 0, now));
        }
    }

    /** Registers the workflow as it is, announcing nothing: it is not a change, only a repair. */
    public void reconcile(Workflow workflow, Instant now) {
        register(workflow, listens(workflow), now);
    }

    private void register(Workflow workflow, boolean live, Instant now) {
        List<TriggerNode> nodes = live ? TriggerNodes.of(workflow.definition()) : List.of();
        registrars.forEach(registrar -> registrar.sync(workflow, nodes, now));
        registrations.recorded(workflow.orgId(), workflow.id(),
                live ? OptionalInt.of(workflow.version()) : OptionalInt.empty(), now);
    }

    private static boolean listens(Workflow workflow) {
        return workflow.active() && !workflow.inTrash();
    }
}
