package dev.glyphic.application.engine.nodes;

import static dev.glyphic.application.engine.nodes.Steps.first;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.engine.NodeRunner;
import dev.glyphic.application.port.out.execution.ContentGeneration;
import dev.glyphic.domain.execution.NodeOutcome.Completed;
import dev.glyphic.domain.execution.NodeOutcome.Failed;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.NodeCatalogue;
import dev.glyphic.domain.workflow.NodeType;
import dev.glyphic.integrations.expression.JsonataExpressionEvaluator;
import dev.glyphic.integrations.http.JdkHttpCalls;
import dev.glyphic.integrations.http.SsrfGuard;
import dev.glyphic.integrations.http.SsrfSettings;
import dev.glyphic.integrations.unconfigured.UnconfiguredContentGeneration;
import dev.glyphic.integrations.unconfigured.UnconfiguredIntegrationActions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The registry's completeness check, and the nodes whose providers are not installed yet. */
class RegistryAndUnconfiguredTest {
    private final JsonataExpressionEvaluator jsonata = new JsonataExpressionEvaluator();
    private final NodeRunners standard = NodeRunners.standard(jsonata, new JdkHttpCalls(new SsrfGuard(SsrfSettings.NONE)),
            HttpRequestRunner.DEFAULT_MAX_RESPONSE_BYTES, new UnconfiguredContentGeneration(),
            new UnconfiguredIntegrationActions());

    @Test
    void every_catalogue_type_has_its_runner() {
        for (NodeType type : NodeCatalogue.standard().all()) {
            assertEquals(type.id(), standard.forType(type.id()).nodeType());
        }
    }

    @Test
    void only_the_io_free_nodes_that_finish_at_once_are_pure() {
        Set<String> pure = new TreeSet<>();
        NodeCatalogue.standard().all().stream().map(NodeType::id).filter(id -> standard.forType(id).isPure())
                .forEach(pure::add);

        assertEquals(Set.of("trigger.manual", "trigger.webhook", "trigger.schedule", "trigger.event", "data.set",
                "logic.if", "logic.switch"), pure);
    }

    @Test
    void an_unknown_type_is_a_bug() {
        assertThrows(IllegalStateException.class, () -> standard.forType("shell.exec"));
    }

    @Test
    void a_missing_or_doubled_runner_is_refused_at_construction() {
        List<NodeRunner> all = new ArrayList<>();
        NodeCatalogue.standard().all().forEach(type -> all.add(standard.forType(type.id())));
        List<NodeRunner> missing = all.stream().filter(r -> !r.nodeType().equals("data.set")).toList();
        List<NodeRunner> doubled = new ArrayList<>(all);
        doubled.add(new DataSetRunner(jsonata));

        IllegalArgumentException noSet = assertThrows(IllegalArgumentException.class, () -> NodeRunners.of(missing));
        assertTrue(noSet.getMessage().contains("missing [data.set]"), noSet.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NodeRunners.of(doubled));
        assertEquals("data.set", NodeRunners.of(all).forType("data.set").nodeType());
    }

    @Test
    void content_generation_without_a_provider_fails_saying_so() {
        Failed failed = assertInstanceOf(Failed.class, standard.forType("content.generate").run(first(
                "content.generate", "{\"kind\": \"script\", \"prompt\": \"About {{ topic }}\"}",
                "{\"topic\": \"tides\"}")));

        assertFalse(failed.retryable());
        assertEquals("not configured: content generation has no provider adapter installed yet", failed.error());
    }

    @Test
    void an_integration_action_without_an_adapter_fails_saying_so() {
        Failed failed = assertInstanceOf(Failed.class, standard.forType("integration.action").run(first(
                "integration.action", """
                        {"provider": "youtube", "action": "upload", "connection": "yt-main",
                         "parameters": {"title": "{{ title }}"}}""", "{\"title\": \"T\"}")));

        assertFalse(failed.retryable());
        assertEquals("not configured: integration actions have no adapter for youtube installed yet",
                failed.error());
    }

    @Test
    void a_prompt_that_does_not_render_fails_before_any_provider_is_asked() {
        AtomicReference<ContentGeneration.GenerationRequest> asked = new AtomicReference<>();
        ContentGeneration recording = request -> {
            asked.set(request);
            return new ContentGeneration.Generated(Json.of("a script"));
        };
        ContentGenerateRunner runner = new ContentGenerateRunner(jsonata, recording);

        Failed failed = assertInstanceOf(Failed.class, runner.run(first("content.generate",
                "{\"kind\": \"script\", \"prompt\": \"{{ $x( }}\"}", "{}")));
        assertNull(asked.get(), "the provider must not be asked");
        Completed done = assertInstanceOf(Completed.class, runner.run(first("content.generate",
                "{\"kind\": \"video\", \"prompt\": \"About {{ topic }}\", \"model\": \"\"}", "{\"topic\": \"tides\"}")));

        assertTrue(failed.error().startsWith("field prompt: "), failed.error());
        assertEquals(Set.of("content"), done.handles());
        assertEquals("About tides", asked.get().prompt());
        assertEquals(ContentGeneration.Kind.VIDEO, asked.get().kind());
        assertTrue(asked.get().model().isEmpty(), "a blank model means the configured default");
        assertEquals(Steps.KEY, asked.get().idempotencyKey());
    }
}
