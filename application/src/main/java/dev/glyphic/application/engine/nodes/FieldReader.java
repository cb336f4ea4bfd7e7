package dev.glyphic.application.engine.nodes;

import dev.glyphic.application.engine.NodeInvocation;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.workflow.ExpressionEvaluator;
import dev.glyphic.domain.workflow.NodeType;
import dev.glyphic.domain.workflow.TemplateEvaluation;
import java.util.Objects;
import java.util.function.Function;

/** How every runner reads its node's fields: it runs the runner's body and turns a {@link FieldProblem} into its failure. */
final class FieldReader {
    private final NodeType type;
    private final TemplateEvaluation templates;

    FieldReader(NodeType type, ExpressionEvaluator evaluator) {
        this.type = Objects.requireNonNull(type, "type");
        this.templates = new TemplateEvaluation(evaluator);
    }

    String nodeType() {
        return type.id();
    }

    NodeOutcome run(NodeInvocation invocation, Function<NodeFields, NodeOutcome> body) {
        if (!invocation.node().nodeType().equals(type.id())) {
            throw new IllegalStateException("the " + type.id() + " runner was given a " + invocation.node().nodeType()
                    + " node");
        }
        try {
            return body.apply(new NodeFields(type, invocation, templates));
        } catch (FieldProblem problem) {
            return problem.outcome();
        }
    }
}
