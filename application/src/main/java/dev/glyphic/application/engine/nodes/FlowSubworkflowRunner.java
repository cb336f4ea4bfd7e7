package dev.glyphic.application.engine.nodes;

import dev.glyphic.application.engine.NodeInvocation;
import dev.glyphic.application.engine.NodeRunner;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.ExpressionEvaluator;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.domain.workflow.nodes.FlowSubworkflow;
import java.util.Set;

/**
 * {@code flow.subworkflow}: asks the engine to start the child run, with the rendered {@code input} or else the
 * node's own input; when awaited, it comes back with the child's end and passes on its output or fails with it.
 */
public final class FlowSubworkflowRunner implements NodeRunner {
    private static final String SUCCEEDED = "succeeded";

    private final FieldReader fields;

    public FlowSubworkflowRunner(ExpressionEvaluator evaluator) {
        this.fields = new FieldReader(new FlowSubworkflow(), evaluator);
    }

    @Override
    public String nodeType() {
        return fields.nodeType();
    }

    /** Not pure: starting a child is the engine's work, on its ordinary path. */
    @Override
    public boolean isPure() {
        return false;
    }

    @Override
    public NodeOutcome run(NodeInvocation invocation) {
        if (invocation.resuming()) {
            return childEnded(invocation);
        }
        return fields.run(invocation, node -> new NodeOutcome.StartChild(workflowId(node),
                node.optional("input").orElse(invocation.context().input()), node.flag("waitForCompletion")));
    }

    private static WorkflowId workflowId(NodeFields node) {
        String raw = node.text("workflowId");
        try {
            return WorkflowId.parse(raw);
        } catch (DomainException.Invalid e) {
            throw new FieldProblem("workflowId", "must be a workflow id (a UUID), was \"" + raw + "\"");
        }
    }

    private static NodeOutcome childEnded(NodeInvocation invocation) {
        if (!(invocation.resolution().orElse(Json.NULL) instanceof Json.Obj end)) {
            return new NodeOutcome.Failed("the child execution ended without reporting how", false);
        }
        String status = end.get("status").orElse(Json.NULL) instanceof Json.Str s ? s.value() : "without a status";
        if (status.equals(SUCCEEDED)) {
            return new NodeOutcome.Completed(end.get("output").orElse(Json.NULL), Set.of("output"));
        }
        String id = end.get("executionId").orElse(Json.NULL) instanceof Json.Str s ? s.value() + " " : "";
        String error = end.get("error").orElse(Json.NULL) instanceof Json.Str s ? ": " + s.value() : "";
        return new NodeOutcome.Failed("child execution " + id + "ended " + status + error, false);
    }
}
