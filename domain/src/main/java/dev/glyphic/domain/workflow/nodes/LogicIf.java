package dev.glyphic.domain.workflow.nodes;

import static dev.glyphic.domain.workflow.FieldSpec.field;

import dev.glyphic.domain.workflow.FieldType;
import dev.glyphic.domain.workflow.Handle;
import dev.glyphic.domain.workflow.NodeCategory;
import dev.glyphic.domain.workflow.ValueType;
import java.util.List;

public final class LogicIf extends DeclaredNodeType {
    public LogicIf() {
        super("logic.if", NodeCategory.LOGIC, "Sends its input down the true or the false branch",
                List.of(field("condition", FieldType.STRING).required().expressions()
                        .describe("an expression that is true or false, e.g. {{ $input.views > 1000 }}")),
                List.of(Handle.of("input", ValueType.ANY)),
                List.of(Handle.of("true", ValueType.ANY), Handle.of("false", ValueType.ANY)));
    }
}
