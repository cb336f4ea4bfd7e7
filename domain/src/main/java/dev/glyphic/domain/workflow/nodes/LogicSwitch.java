package dev.glyphic.domain.workflow.nodes;

import static dev.glyphic.domain.workflow.FieldSpec.field;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.FieldType;
import dev.glyphic.domain.workflow.Handle;
import dev.glyphic.domain.workflow.NodeCategory;
import dev.glyphic.domain.workflow.ValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Routes its input to the output named like the value's case, or to {@code default}. One output per case. */
public final class LogicSwitch extends DeclaredNodeType {
    public static final String DEFAULT = "default";

    public LogicSwitch() {
        super("logic.switch", NodeCategory.LOGIC, "Routes its input to the output of the matching case, or to default",
                List.of(field("value", FieldType.STRING).required().expressions().describe("the value to match"),
                        field("cases", FieldType.STRING_LIST).required()
                                .describe("the values to route by; each becomes an output")),
                List.of(Handle.of("input", ValueType.ANY)), List.of());
    }

    @Override
    public List<Handle> outputs(Map<String, Json> fields) {
        List<Handle> outputs = new ArrayList<>();
        if (fields.get("cases") instanceof Json.Arr cases) {
            for (Json item : cases.items()) {
                if (item instanceof Json.Str name) {
                    outputs.add(Handle.of(name.value(), ValueType.ANY));
                }
            }
        }
        outputs.add(Handle.of(DEFAULT, ValueType.ANY));
        return outputs;
    }

    @Override
    public List<Violation> crossFieldViolations(Map<String, Json> fields) {
        if (!(fields.get("cases") instanceof Json.Arr cases)) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        if (cases.items().isEmpty()) {
            violations.add(Violation.of("cases", "empty", "needs at least one case"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cases.items().size(); i++) {
            if (cases.items().get(i) instanceof Json.Str name) {
                if (name.value().isBlank() || name.value().equals(DEFAULT)) {
                    violations.add(Violation.of("cases/" + i, "invalid_case", "a case needs a name other than '"
                            + DEFAULT + "'"));
                } else if (!seen.add(name.value())) {
                    violations.add(Violation.of("cases/" + i, "duplicate_case", "case '" + name.value()
                            + "' is listed twice"));
                }
            }
        }
        return violations;
    }
}
