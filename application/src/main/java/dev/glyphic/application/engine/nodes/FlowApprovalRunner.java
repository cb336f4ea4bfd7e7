package dev.glyphic.application.engine.nodes;

import dev.glyphic.application.engine.NodeInvocation;
import dev.glyphic.application.engine.NodeRunner;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.ExpressionEvaluator;
import dev.glyphic.domain.workflow.nodes.FlowApproval;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code flow.approval}: parks the node with the question until someone decides or the timeout decides for them,
 * then passes on {@code {"input", "decision", "by", "comment", "timedOut"}} through the {@code approved} or
 * {@code rejected} output. Who may decide (role, self-approval) is enforced where the decision is taken; the
 * wait's detail carries what that check needs.
 */
public final class FlowApprovalRunner implements NodeRunner {
    private static final String APPROVED = "approved";
    private static final String REJECTED = "rejected";

    private final FieldReader fields;

    public FlowApprovalRunner(ExpressionEvaluator evaluator) {
        this.fields = new FieldReader(new FlowApproval(), evaluator);
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
        return fields.run(invocation, node -> invocation.resuming() ? decided(invocation, node) : ask(invocation, node));
    }

    private static NodeOutcome ask(NodeInvocation invocation, NodeFields node) {
        Instant timeoutAt = invocation.now().plus(node.duration("timeout", FlowApproval.MAX_TIMEOUT));
        Map<String, Json> detail = new LinkedHashMap<>();
        detail.put("message", node.value("message"));
        detail.put("approverRole", node.value("approverRole"));
        detail.put("allowSelfApproval", Json.of(node.flag("allowSelfApproval")));
        detail.put("timeoutAt", Json.of(timeoutAt.toString()));
        detail.put("onTimeout", node.value("onTimeout"));
        return new NodeOutcome.Waiting(NodeOutcome.WaitKind.APPROVAL, timeoutAt, new Json.Obj(detail));
    }

    private static NodeOutcome decided(NodeInvocation invocation, NodeFields node) {
        Map<String, Json> output = new LinkedHashMap<>();
        output.put("input", invocation.context().input());
        String decision;
        if (invocation.resolution().isEmpty()) {
            decision = node.text("onTimeout").equals("approve") ? APPROVED : REJECTED;
            output.put("decision", Json.of(decision));
            output.put("by", Json.NULL);
            output.put("comment", Json.NULL);
            output.put("timedOut", Json.of(true));
        } else {
            Json.Obj resolution = invocation.resolution().get() instanceof Json.Obj object ? object : Json.EMPTY_OBJECT;
            if (!(resolution.get("decision").orElse(Json.NULL) instanceof Json.Str given)
                    || !(given.value().equals(APPROVED) || given.value().equals(REJECTED))) {
                throw new IllegalStateException("an approval was resolved without a decision: " + resolution);
            }
            decision = given.value();
            output.put("decision", given);
            output.put("by", resolution.get("by").orElse(Json.NULL));
            output.put("comment", resolution.get("comment").orElse(Json.NULL));
            output.put("timedOut", Json.of(false));
        }
        return new NodeOutcome.Completed(new Json.Obj(output), Set.of(decision));
    }
}
