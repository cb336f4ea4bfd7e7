package dev.glyphic.domain.workflow.nodes;

import static dev.glyphic.domain.workflow.FieldSpec.field;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.FieldType;
import dev.glyphic.domain.workflow.Handle;
import dev.glyphic.domain.workflow.NodeCategory;
import dev.glyphic.domain.workflow.ValueType;
import java.util.List;
import java.util.Map;

public final class DataSet extends DeclaredNodeType {
    public DataSet() {
        super("data.set", NodeCategory.DATA, "Builds a new value from the input and earlier outputs",
                List.of(field("values", FieldType.JSON).required().expressions()
                                .describe("object of names to values or expressions"),
                        field("keepInput", FieldType.BOOLEAN).defaultsTo(Json.of(false))
                                .describe("merge the new values into the input instead of replacing it")),
                List.of(Handle.of("input", ValueType.ANY)), List.of(Handle.of("output", ValueType.JSON)));
    }

    @Override
    public List<Violation> crossFieldViolations(Map<String, Json> fields) {
        if (fields.containsKey("values") && !(fields.get("values") instanceof Json.Obj)) {
            return List.of(Violation.of("values", "wrong_type", "must be an object of names to values"));
        }
        return List.of();
    }
}
