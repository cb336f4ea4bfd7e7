package dev.glyphic.domain.workflow.nodes;

import static dev.glyphic.domain.workflow.FieldSpec.field;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.FieldType;
import dev.glyphic.domain.workflow.Handle;
import dev.glyphic.domain.workflow.NodeCategory;
import dev.glyphic.domain.workflow.ValueType;
import java.time.Duration;
import java.util.List;
import java.util.Map;

public final class FlowDelay extends DeclaredNodeType {
    public static final Duration MAX = Duration.ofDays(30);

    public FlowDelay() {
        super("flow.delay", NodeCategory.FLOW, "Waits, durably, before passing its input on",
                List.of(field("duration", FieldType.STRING).required().expressions()
                        .describe("ISO-8601 duration such as PT10M or P1D, at most 30 days")),
                List.of(Handle.of("input", ValueType.ANY)), List.of(Handle.of("output", ValueType.ANY)));
    }

    @Override
    public List<Violation> crossFieldViolations(Map<String, Json> fields) {
        return Durations.check(fields, "duration", MAX);
    }
}
