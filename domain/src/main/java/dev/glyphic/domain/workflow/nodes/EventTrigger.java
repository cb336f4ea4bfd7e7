package dev.glyphic.domain.workflow.nodes;

import static dev.glyphic.domain.workflow.FieldSpec.field;

import dev.glyphic.domain.workflow.FieldType;
import dev.glyphic.domain.workflow.Handle;
import dev.glyphic.domain.workflow.NodeCategory;
import dev.glyphic.domain.workflow.ValueType;
import java.util.List;

public final class EventTrigger extends DeclaredNodeType {
    public EventTrigger() {
        super("trigger.event", NodeCategory.TRIGGER, "Starts a run when something happens inside Glyphic",
                List.of(field("event", FieldType.ENUM).required()
                                .oneOf("campaign.item.completed", "campaign.item.failed", "campaign.completed",
                                        "execution.succeeded", "execution.failed")
                                .describe("the internal event that starts the run"),
                        field("filter", FieldType.STRING).expressions()
                                .describe("a condition over the event; the run starts only when it is true")),
                List.of(), List.of(Handle.of("output", ValueType.JSON)));
    }
}
