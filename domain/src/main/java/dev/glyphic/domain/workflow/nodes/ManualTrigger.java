package dev.glyphic.domain.workflow.nodes;

import static dev.glyphic.domain.workflow.FieldSpec.field;

import dev.glyphic.domain.workflow.FieldType;
import dev.glyphic.domain.workflow.Handle;
import dev.glyphic.domain.workflow.NodeCategory;
import dev.glyphic.domain.workflow.ValueType;
import java.util.List;

public final class ManualTrigger extends DeclaredNodeType {
    public ManualTrigger() {
        super("trigger.manual", NodeCategory.TRIGGER, "Starts a run from the API or the editor, with the input given",
                List.of(field("inputSchema", FieldType.JSON).describe("JSON Schema the run input is expected to follow")),
                List.of(), List.of(Handle.of("output", ValueType.JSON)));
    }
}
