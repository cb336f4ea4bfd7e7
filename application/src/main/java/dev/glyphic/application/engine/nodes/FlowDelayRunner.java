package dev.glyphic.application.engine.nodes;

import dev.glyphic.application.engine.NodeInvocation;
import dev.glyphic.application.engine.NodeRunner;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.ExpressionEvaluator;
import dev.glyphic.domain.workflow.nodes.FlowDelay;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** {@code flow.delay}: parks the node until the duration has passed, then passes its input on. */
public final class FlowDelayRunner implements NodeRunner {
    private final FieldReader fields;

    public FlowDelayRunner(ExpressionEvaluator evaluator) {
        this.fields = new FieldReader(new FlowDelay(), evaluator);
    }

    @Override
    public String nodeType() {
        return fields.nodeType();
    }

    /** Not pure: it does no I/O, but it parks rather than finishes, which is the engine's ordinary path. */
    @Override
    public boolean isPure() {
        return false;
    }

    @Override
    public NodeOutcome run(NodeInvocation invocation) {
        if (invocation.resuming()) {
            return new NodeOutcome.Completed(invocation.context().input(), Set.of("output"));
        }
        return fields.run(invocation, node -> {
            Instant until = invocation.now().plus(node.duration("duration", FlowDelay.MAX));
            return new NodeOutcome.Waiting(NodeOutcome.WaitKind.DELAY, until,
                    new Json.Obj(Map.of("until", Json.of(until.toString()))));
        });
    }
}
