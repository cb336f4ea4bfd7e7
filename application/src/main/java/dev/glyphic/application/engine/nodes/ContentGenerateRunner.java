package dev.glyphic.application.engine.nodes;

import dev.glyphic.application.engine.NodeInvocation;
import dev.glyphic.application.engine.NodeRunner;
import dev.glyphic.application.port.out.execution.ContentGeneration.GenerationRequest;
import dev.glyphic.application.port.out.execution.ContentGeneration.Kind;
import dev.glyphic.application.port.out.execution.ContentGeneration;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.workflow.ExpressionEvaluator;
import dev.glyphic.domain.workflow.nodes.ContentGenerate;
import java.util.Objects;
import java.util.Set;

/** {@code content.generate}: hands the rendered request to {@link ContentGeneration} and passes on the content. */
public final class ContentGenerateRunner implements NodeRunner {
    private final FieldReader fields;
    private final ContentGeneration generation;

    public ContentGenerateRunner(ExpressionEvaluator evaluator, ContentGeneration generation) {
        this.fields = new FieldReader(new ContentGenerate(), evaluator);
        this.generation = Objects.requireNonNull(generation, "generation");
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
            String kindName = node.text("kind");
            Kind kind = Kind.fromWire(kindName)
                    .orElseThrow(() -> new FieldProblem("kind", "is not a kind of content: \"" + kindName + "\""));
            GenerationRequest request = new GenerationRequest(invocation.orgId(), invocation.workspaceId(), kind,
                    node.text("prompt"), node.optionalText("model").filter(model -> !model.isBlank()),
                    node.value("options"), invocation.idempotencyKey());
            return switch (generation.generate(request)) {
                case ContentGeneration.Generated generated ->
                        new NodeOutcome.Completed(generated.content(), Set.of("content"));
                case ContentGeneration.NotConfigured notConfigured ->
                        new NodeOutcome.Failed("not configured: " + notConfigured.why(), false);
                case ContentGeneration.Failed failed -> new NodeOutcome.Failed(failed.error(), failed.retryable());
            };
        });
    }
}
