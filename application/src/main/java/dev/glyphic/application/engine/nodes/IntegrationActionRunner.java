package dev.glyphic.application.engine.nodes;

import dev.glyphic.application.engine.NodeInvocation;
import dev.glyphic.application.engine.NodeRunner;
import dev.glyphic.application.port.out.execution.IntegrationActions.ActionRequest;
import dev.glyphic.application.port.out.execution.IntegrationActions;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.workflow.ExpressionEvaluator;
import dev.glyphic.domain.workflow.nodes.IntegrationAction;
import java.util.Objects;
import java.util.Set;

/** {@code integration.action}: hands the rendered action to {@link IntegrationActions} and passes on its result. */
public final class IntegrationActionRunner implements NodeRunner {
    private final FieldReader fields;
    private final IntegrationActions actions;

    public IntegrationActionRunner(ExpressionEvaluator evaluator, IntegrationActions actions) {
        this.fields = new FieldReader(new IntegrationAction(), evaluator);
        this.actions = Objects.requireNonNull(actions, "actions");
    }

    @Override
    public String nodeType() {
        return fields.nodeType();
    }

    @Override
    public boolean isPure() {
        return false;
    }

    @Override
    public NodeOutcome run(NodeInvocation invocation) {
        return fields.run(invocation, node -> {
            ActionRequest request = new ActionRequest(invocation.orgId(), invocation.workspaceId(),
                    node.text("provider"), node.text("action"), node.text("connection"), node.value("parameters"),
                    invocation.idempotencyKey());
            return switch (actions.perform(request)) {
                case IntegrationActions.Performed performed ->
                        new NodeOutcome.Completed(performed.result(), Set.of("output"));
                case IntegrationActions.NotConfigured notConfigured ->
                        new NodeOutcome.Failed("not configured: " + notConfigured.why(), false);
                case IntegrationActions.Failed failed -> new NodeOutcome.Failed(failed.error(), failed.retryable());
            };
        });
    }
}
