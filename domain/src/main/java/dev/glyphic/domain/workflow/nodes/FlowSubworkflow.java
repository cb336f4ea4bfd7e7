package dev.glyphic.domain.workflow.nodes;

import static dev.glyphic.domain.workflow.FieldSpec.field;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.FieldType;
import dev.glyphic.domain.workflow.Handle;
import dev.glyphic.domain.workflow.NodeCategory;
import dev.glyphic.domain.workflow.ValueType;
import java.util.List;

public final class FlowSubworkflow extends DeclaredNodeType {
    public FlowSubworkflow() {
        super("flow.subworkflow", NodeCategory.FLOW, "Runs another workflow of the workspace as a child run",
                List.of(field("workflowId", FieldType.WORKFLOW_REF).required()
                                .describe("the workflow to run, in the same workspace"),
                        field("input", FieldType.JSON).expressions().describe("the child run's input"),
                        field("waitForCompletion", FieldType.BOOLEAN).defaultsTo(Json.of(true))
                                .describe("wait for the child and pass on its output, or continue at once")),
                List.of(Handle.of("input", ValueType.ANY)), List.of(Handle.of("output", ValueType.JSON)));
    }
}
