package dev.glyphic.domain.trigger;

import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.DefinitionReader;
import dev.glyphic.domain.workflow.FieldSpec;
import dev.glyphic.domain.workflow.NodeType;
import dev.glyphic.domain.workflow.WorkflowDefinition;
import dev.glyphic.domain.workflow.nodes.EventTrigger;
import dev.glyphic.domain.workflow.nodes.ScheduleTrigger;
import dev.glyphic.domain.workflow.nodes.WebhookTrigger;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The trigger nodes of a definition, read with their types' defaults. Only a valid definition is registered (an
 * invalid workflow is never active), so every field here has passed its node type's rules already.
 */
public final class TriggerNodes {
    private static final NodeType WEBHOOK = new WebhookTrigger();
    private static final NodeType SCHEDULE = new ScheduleTrigger();
    private static final NodeType EVENT = new EventTrigger();

    private TriggerNodes() {
    }

    public static List<TriggerNode> of(Json.Obj definition) {
        WorkflowDefinition read = DefinitionReader.read(definition).definition()
                .orElseThrow(() -> new IllegalArgumentException("an unreadable definition has no triggers"));
        List<TriggerNode> triggers = new ArrayList<>();
        for (WorkflowDefinition.Node node : read.nodes()) {
            if (node.nodeType().equals(WEBHOOK.id())) {
                triggers.add(new TriggerNode.Webhook(node.id(), text(node, WEBHOOK, "method").orElseThrow(),
                        TriggerNode.Respond.valueOf(text(node, WEBHOOK, "respond").orElseThrow()
                                .toUpperCase(Locale.ROOT))));
            } else if (node.nodeType().equals(SCHEDULE.id())) {
                triggers.add(new TriggerNode.Schedule(node.id(), text(node, SCHEDULE, "cron").orElseThrow(),
                        ZoneId.of(text(node, SCHEDULE, "timezone").orElseThrow()),
                        text(node, SCHEDULE, "missedRuns").orElseThrow()));
            } else if (node.nodeType().equals(EVENT.id())) {
                triggers.add(new TriggerNode.Event(node.id(), EventType.parse(text(node, EVENT, "event")
                        .orElseThrow()), text(node, EVENT, "filter").filter(f -> !f.isBlank())));
            }
        }
        return List.copyOf(triggers);
    }

    /** The field as written, else its type's default. */
    private static Optional<String> text(WorkflowDefinition.Node node, NodeType type, String field) {
        Json value = node.fields().get(field);
        if (value == null || value instanceof Json.Null) {
            value = type.fields().stream().filter(f -> f.name().equals(field)).findFirst()
                    .flatMap(FieldSpec::defaultValue).orElse(null);
        }
        return value instanceof Json.Str text ? Optional.of(text.value()) : Optional.empty();
    }
}
