package dev.glyphic.application.engine.nodes;

import static dev.glyphic.application.engine.nodes.Steps.first;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.engine.NodeRunner;
import dev.glyphic.domain.execution.NodeOutcome.Completed;
import dev.glyphic.domain.execution.NodeOutcome.Failed;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.workflow.nodes.WebhookTrigger;
import dev.glyphic.integrations.expression.JsonataExpressionEvaluator;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pure runners (triggers, data.set, logic.if, logic.switch) with real JSONata. */
class PureRunnersTest {
    private final JsonataExpressionEvaluator jsonata = new JsonataExpressionEvaluator();
    private final NodeRunner set = new DataSetRunner(jsonata);
    private final NodeRunner branch = new LogicIfRunner(jsonata);
    private final NodeRunner route = new LogicSwitchRunner(jsonata);

    @Test
    void a_trigger_passes_the_execution_input_through_its_outputs() {
        NodeRunner webhook = new TriggerRunner(new WebhookTrigger());

        Completed done = assertInstanceOf(Completed.class,
                webhook.run(first("trigger.webhook", "{}", "{\"event\": \"push\"}")));

        assertEquals(JsonText.parse("{\"event\": \"push\"}"), done.output());
        assertEquals(Set.of("output"), done.handles());
        assertTrue(webhook.isPure());
    }

    @Test
    void there_is_a_trigger_runner_for_each_trigger_type() {
        assertEquals(Set.of("trigger.manual", "trigger.webhook", "trigger.schedule", "trigger.event"),
                TriggerRunner.standard().stream().map(NodeRunner::nodeType).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void set_renders_its_values_against_input_and_earlier_nodes() {
        Completed done = assertInstanceOf(Completed.class, set.run(first("data.set", """
                {"values": {"title": "Video {{ $nodes.fetch.body.id }}", "doubled": "{{ views * 2 }}",
                            "fixed": [1, "{{ $trigger.source }}"]}}""", "{\"views\": 21}")));

        assertEquals(JsonText.parse("""
                {"title": "Video v-42", "doubled": 42, "fixed": [1, "api"]}"""), done.output());
        assertEquals(Set.of("output"), done.handles());
    }

    @Test
    void set_with_keep_input_merges_its_values_over_the_input() {
        Completed done = assertInstanceOf(Completed.class, set.run(first("data.set", """
                {"values": {"b": "{{ b + 1 }}", "c": true}, "keepInput": true}""", "{\"a\": 1, \"b\": 2}")));

        assertEquals(JsonText.parse("{\"a\": 1, \"b\": 3, \"c\": true}"), done.output());
    }

    @Test
    void set_with_keep_input_cannot_merge_into_an_array() {
        Failed failed = assertInstanceOf(Failed.class, set.run(first("data.set", """
                {"values": {"c": 1}, "keepInput": true}""", "[1, 2]")));

        assertFalse(failed.retryable());
        assertTrue(failed.error().contains("keepInput needs the input to be an object"), failed.error());
    }

    @Test
    void a_failing_expression_fails_the_node_naming_the_field() {
        Failed failed = assertInstanceOf(Failed.class, set.run(first("data.set", """
                {"values": {"x": "{{ $nope( }}"}}""", "{}")));

        assertFalse(failed.retryable());
        assertTrue(failed.error().startsWith("field values: "), failed.error());
    }

    @Test
    void if_takes_the_branch_its_condition_names_and_passes_the_input_on() {
        String input = "{\"views\": 1500}";

        Completed high = assertInstanceOf(Completed.class,
                branch.run(first("logic.if", "{\"condition\": \"{{ views > 1000 }}\"}", input)));
        Completed low = assertInstanceOf(Completed.class,
                branch.run(first("logic.if", "{\"condition\": \"{{ views > 5000 }}\"}", input)));

        assertEquals(Set.of("true"), high.handles());
        assertEquals(Set.of("false"), low.handles());
        assertEquals(JsonText.parse(input), high.output());
    }

    @Test
    void if_refuses_a_condition_that_is_not_a_boolean() {
        Failed failed = assertInstanceOf(Failed.class,
                branch.run(first("logic.if", "{\"condition\": \"{{ views }}\"}", "{\"views\": 3}")));

        assertFalse(failed.retryable());
        assertEquals("condition must be true or false, was a number 3", failed.error());
    }

    @Test
    void switch_routes_to_the_matching_case() {
        Completed done = assertInstanceOf(Completed.class, route.run(first("logic.switch", """
                {"value": "{{ platform }}", "cases": ["youtube", "tiktok"]}""", "{\"platform\": \"tiktok\"}")));

        assertEquals(Set.of("tiktok"), done.handles());
        assertEquals(JsonText.parse("{\"platform\": \"tiktok\"}"), done.output());
    }

    @Test
    void switch_compares_a_number_as_its_json_text() {
        Completed done = assertInstanceOf(Completed.class, route.run(first("logic.switch", """
                {"value": "{{ tier + 1 }}", "cases": ["1", "2", "3"]}""", "{\"tier\": 1}")));

        assertEquals(Set.of("2"), done.handles());
    }

    @Test
    void switch_sends_an_unmatched_or_missing_value_to_default() {
        Completed unmatched = assertInstanceOf(Completed.class, route.run(first("logic.switch", """
                {"value": "{{ platform }}", "cases": ["youtube"]}""", "{\"platform\": \"vimeo\"}")));
        Completed missing = assertInstanceOf(Completed.class, route.run(first("logic.switch", """
                {"value": "{{ platform }}", "cases": ["youtube"]}""", "{}")));

        assertEquals(Set.of("default"), unmatched.handles());
        assertEquals(Set.of("default"), missing.handles());
    }
}
