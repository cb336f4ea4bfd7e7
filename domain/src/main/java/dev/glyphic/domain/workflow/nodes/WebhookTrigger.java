package dev.glyphic.domain.workflow.nodes;

import static dev.glyphic.domain.workflow.FieldSpec.field;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.FieldType;
import dev.glyphic.domain.workflow.Handle;
import dev.glyphic.domain.workflow.NodeCategory;
import dev.glyphic.domain.workflow.ValueType;
import java.util.List;

public final class WebhookTrigger extends DeclaredNodeType {
    public WebhookTrigger() {
        super("trigger.webhook", NodeCategory.TRIGGER,
                "Starts a run when a signed request reaches the workflow's webhook URL",
                List.of(field("method", FieldType.ENUM).oneOf("GET", "POST", "PUT", "PATCH", "DELETE")
                                .defaultsTo(Json.of("POST")).describe("HTTP method the webhook answers"),
                        field("respond", FieldType.ENUM).oneOf("immediately", "when_finished")
                                .defaultsTo(Json.of("immediately"))
                                .describe("answer at once with the execution id, or when the run ends")),
                List.of(), List.of(Handle.of("output", ValueType.JSON)));
    }
}
