package dev.glyphic.domain.workflow.nodes;

import static dev.glyphic.domain.workflow.FieldSpec.field;

import dev.glyphic.domain.workflow.FieldType;
import dev.glyphic.domain.workflow.Handle;
import dev.glyphic.domain.workflow.NodeCategory;
import dev.glyphic.domain.workflow.ValueType;
import java.util.List;

public final class IntegrationAction extends DeclaredNodeType {
    public IntegrationAction() {
        super("integration.action", NodeCategory.INTEGRATION,
                "Performs an action of a connected third-party service (post a video, send a message)",
                List.of(field("provider", FieldType.STRING).required().describe("e.g. youtube, tiktok, slack"),
                        field("action", FieldType.STRING).required().describe("the provider's action, e.g. upload"),
                        field("connection", FieldType.SECRET_REF).required()
                                .describe("the integration (connected account) whose credentials are used"),
                        field("parameters", FieldType.JSON).expressions().describe("the action's parameters")),
                List.of(Handle.of("input", ValueType.ANY)), List.of(Handle.of("output", ValueType.JSON)));
    }
}
