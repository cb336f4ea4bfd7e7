package dev.glyphic.application.engine.nodes;

import dev.glyphic.application.engine.NodeInvocation;
import dev.glyphic.application.engine.NodeRunner;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.ExpressionEvaluator;
import dev.glyphic.domain.workflow.nodes.LogicIf;
import java.util.Set;

/**
 * {@code logic.if}: passes its input down the branch its condition names. Only JSON {@code true} and {@code false}
 * count: guessing the truth of {@code "no"} or {@code 0} would send a run down a branch nobody chose.
 */
public final class LogicIfRunner implements NodeRunner {
    private final FieldReader fields;

    public LogicIfRunner(ExpressionEvaluator evaluator) {
        this.fields = new FieldReader(new LogicIf(), evaluator);
    }

    @Override
    public String nodeType() {
        return fields.nodeType();
    }

    @Override
    public boolean isPure() {
        return true;
    }

    @Override
    public NodeOutcome run(NodeInvocation invocation) {
        return fields.run(invocation, node -> switch (node.value("condition")) {
            case Json.Bool condition -> new NodeOutcome.Completed(invocation.context().input(),
                    Set.of(condition.value() ? "true" : "false"));
            case Json other -> new NodeOutcome.Failed(
                    "condition must be true or false, was " + NodeFields.shown(other), false);
        });
    }
}
