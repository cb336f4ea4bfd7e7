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

public final class FlowApproval extends DeclaredNodeType {
    public static final Duration MAX_TIMEOUT = Duration.ofDays(30);

    public FlowApproval() {
        super("flow.approval", NodeCategory.FLOW, "Pauses the run until a person approves or rejects",
                List.of(field("message", FieldType.TEXT).expressions().describe("what the approver is asked"),
                        field("approverRole", FieldType.ENUM).oneOf("member", "admin", "owner")
                                .defaultsTo(Json.of("member")).describe("the weakest role that may decide"),
                        field("timeout", FieldType.STRING).defaultsTo(Json.of("P3D"))
                                .describe("ISO-8601 duration after which onTimeout decides"),
                        field("onTimeout", FieldType.ENUM).oneOf("approve", "reject").defaultsTo(Json.of("reject"))
                                .describe("the decision when nobody decides in time"),
                        field("allowSelfApproval", FieldType.BOOLEAN).defaultsTo(Json.of(false))
                                .describe("whether the person who started the run (themselves or through "
                                        + "one of their API keys) may approve it")),
                List.of(Handle.of("input", ValueType.ANY)),
                List.of(Handle.of("approved", ValueType.ANY), Handle.of("rejected", ValueType.ANY)));
    }

    @Override
    public List<Violation> crossFieldViolations(Map<String, Json> fields) {
        return Durations.check(fields, "timeout", MAX_TIMEOUT);
    }
}
