package dev.glyphic.application.engine.nodes;

import dev.glyphic.application.engine.NodeInvocation;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.IdempotencyKey;
import dev.glyphic.domain.execution.Initiator;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.DefinitionReader;
import dev.glyphic.domain.workflow.ExpressionContext;
import dev.glyphic.domain.workflow.WorkflowDefinition;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Invocations of one node, read from a definition document the way saved workflows are, with a fixed clock and
 * an earlier node's output ({@code $nodes.fetch}) for expressions to reach.
 */
final class Steps {
    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final ExecutionId EXECUTION = ExecutionId.random();
    static final IdempotencyKey KEY = IdempotencyKey.of(EXECUTION, "n1", 0);
    static final Json FETCH = JsonText.parse("""
            {"status": 200, "body": {"id": "v-42", "views": 1500}}""");

    private Steps() {
    }

    static WorkflowDefinition.Node node(String nodeType, String fields) {
        Json document = JsonText.parse("""
                {"nodes": [{"id": "n1", "position": {"x": 0, "y": 0},
                            "data": {"nodeType": "%s", "label": "step", "fields": %s}}],
                 "edges": []}""".formatted(nodeType, fields));
        DefinitionReader.Result read = DefinitionReader.read(document);
        if (!read.violations().isEmpty()) {
            throw new IllegalArgumentException("test definition is malformed: " + read.violations());
        }
        return read.definition().orElseThrow().nodes().getFirst();
    }

    static NodeInvocation first(String nodeType, String fields, String input) {
        return invocation(node(nodeType, fields), JsonText.parse(input), false, Optional.empty());
    }

    static NodeInvocation resuming(String nodeType, String fields, String input, Optional<String> resolution) {
        return invocation(node(nodeType, fields), JsonText.parse(input), true, resolution.map(JsonText::parse));
    }

    private static NodeInvocation invocation(WorkflowDefinition.Node node, Json input, boolean resuming,
                                             Optional<Json> resolution) {
        ExpressionContext context = new ExpressionContext(input, JsonText.parse("{\"source\": \"api\"}"),
                Map.of("fetch", FETCH));
        return new NodeInvocation(OrgId.random(), WorkspaceId.random(), EXECUTION, Initiator.SYSTEM, node, context,
                KEY, 1, resuming, resolution, NOW);
    }
}
