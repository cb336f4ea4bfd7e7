package dev.glyphic.application.engine.nodes;

import static dev.glyphic.application.engine.nodes.Steps.NOW;
import static dev.glyphic.application.engine.nodes.Steps.first;
import static dev.glyphic.application.engine.nodes.Steps.resuming;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.engine.NodeRunner;
import dev.glyphic.domain.execution.NodeOutcome.Completed;
import dev.glyphic.domain.execution.NodeOutcome.Failed;
import dev.glyphic.domain.execution.NodeOutcome.StartChild;
import dev.glyphic.domain.execution.NodeOutcome.WaitKind;
import dev.glyphic.domain.execution.NodeOutcome.Waiting;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.integrations.expression.JsonataExpressionEvaluator;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** flow.delay, flow.approval and flow.subworkflow, on their first run and coming back from their wait. */
class FlowRunnersTest {
    private static final String CHILD = "0195a1b2-0000-7000-8000-000000000001";

    private final JsonataExpressionEvaluator jsonata = new JsonataExpressionEvaluator();
    private final NodeRunner delay = new FlowDelayRunner(jsonata);
    private final NodeRunner approval = new FlowApprovalRunner(jsonata);
    private final NodeRunner subworkflow = new FlowSubworkflowRunner(jsonata);

    @Test
    void a_delay_waits_until_now_plus_its_duration() {
        Waiting waiting = assertInstanceOf(Waiting.class,
                delay.run(first("flow.delay", "{\"duration\": \"PT10M\"}", "{}")));

        assertEquals(WaitKind.DELAY, waiting.kind());
        assertEquals(NOW.plus(Duration.ofMinutes(10)), waiting.wakeAt());
        assertEquals(JsonText.parse("{\"until\": \"2025-03-01T10:10:00Z\"}"), waiting.detail());
    }

    @Test
    void a_delay_duration_may_come_from_an_expression() {
        Waiting waiting = assertInstanceOf(Waiting.class, delay.run(first("flow.delay",
                "{\"duration\": \"PT{{ minutes }}M\"}", "{\"minutes\": 5}")));

        assertEquals(NOW.plus(Duration.ofMinutes(5)), waiting.wakeAt());
    }

    @Test
    void a_delay_refuses_a_duration_that_is_not_one_or_too_long() {
        Failed malformed = assertInstanceOf(Failed.class,
                delay.run(first("flow.delay", "{\"duration\": \"{{ wait }}\"}", "{\"wait\": \"soon\"}")));
        Failed tooLong = assertInstanceOf(Failed.class,
                delay.run(first("flow.delay", "{\"duration\": \"{{ wait }}\"}", "{\"wait\": \"P90D\"}")));

        assertFalse(malformed.retryable());
        assertTrue(malformed.error().startsWith("field duration: must be an ISO-8601 duration"), malformed.error());
        assertFalse(tooLong.retryable());
        assertTrue(tooLong.error().contains("at most"), tooLong.error());
    }

    @Test
    void a_delay_coming_back_passes_its_input_on() {
        Completed done = assertInstanceOf(Completed.class, delay.run(resuming("flow.delay",
                "{\"duration\": \"PT10M\"}", "{\"a\": 1}", Optional.empty())));

        assertEquals(JsonText.parse("{\"a\": 1}"), done.output());
        assertEquals(Set.of("output"), done.handles());
    }

    @Test
    void an_approval_waits_with_its_question_and_defaults() {
        Waiting waiting = assertInstanceOf(Waiting.class, approval.run(first("flow.approval",
                "{\"message\": \"Publish {{ title }}?\"}", "{\"title\": \"Teaser\"}")));

        assertEquals(WaitKind.APPROVAL, waiting.kind());
        assertEquals(NOW.plus(Duration.ofDays(3)), waiting.wakeAt());
        assertEquals(JsonText.parse("""
                {"message": "Publish Teaser?", "approverRole": "member", "allowSelfApproval": false,
                 "timeoutAt": "2025-03-04T10:00:00Z", "onTimeout": "reject"}"""), waiting.detail());
    }

    @Test
    void an_approval_passes_on_the_decision_through_its_branch() {
        Completed approved = assertInstanceOf(Completed.class, approval.run(resuming("flow.approval", "{}",
                "{\"title\": \"Teaser\"}", Optional.of("""
                        {"decision": "approved", "by": "user-1", "comment": "ship it"}"""))));
        Completed rejected = assertInstanceOf(Completed.class, approval.run(resuming("flow.approval", "{}",
                "{}", Optional.of("{\"decision\": \"rejected\", \"by\": \"user-2\"}"))));

        assertEquals(Set.of("approved"), approved.handles());
        assertEquals(JsonText.parse("""
                {"input": {"title": "Teaser"}, "decision": "approved", "by": "user-1", "comment": "ship it",
                 "timedOut": false}"""), approved.output());
        assertEquals(Set.of("rejected"), rejected.handles());
    }

    @Test
    void an_approval_nobody_decided_follows_on_timeout() {
        Completed byDefault = assertInstanceOf(Completed.class, approval.run(resuming("flow.approval", "{}",
                "{}", Optional.empty())));
        Completed approving = assertInstanceOf(Completed.class, approval.run(resuming("flow.approval",
                "{\"onTimeout\": \"approve\"}", "{\"a\": 1}", Optional.empty())));

        assertEquals(Set.of("rejected"), byDefault.handles());
        assertEquals(Set.of("approved"), approving.handles());
        assertEquals(JsonText.parse("""
                {"input": {"a": 1}, "decision": "approved", "by": null, "comment": null, "timedOut": true}"""),
                approving.output());
    }

    @Test
    void a_subworkflow_starts_its_child_with_the_rendered_input() {
        StartChild start = assertInstanceOf(StartChild.class, subworkflow.run(first("flow.subworkflow", """
                {"workflowId": "%s", "input": {"video": "{{ $nodes.fetch.body.id }}"}}""".formatted(CHILD),
                "{}")));

        assertEquals(WorkflowId.parse(CHILD), start.workflowId());
        assertEquals(JsonText.parse("{\"video\": \"v-42\"}"), start.input());
        assertTrue(start.await());
    }

    @Test
    void a_subworkflow_without_input_hands_on_its_own_and_may_not_wait() {
        StartChild start = assertInstanceOf(StartChild.class, subworkflow.run(first("flow.subworkflow", """
                {"workflowId": "%s", "waitForCompletion": false}""".formatted(CHILD), "{\"a\": 1}")));

        assertEquals(JsonText.parse("{\"a\": 1}"), start.input());
        assertFalse(start.await());
    }

    @Test
    void a_subworkflow_refuses_a_workflow_id_that_is_not_one() {
        Failed failed = assertInstanceOf(Failed.class, subworkflow.run(first("flow.subworkflow",
                "{\"workflowId\": \"not-an-id\"}", "{}")));

        assertFalse(failed.retryable());
        assertTrue(failed.error().startsWith("field workflowId: "), failed.error());
    }

    @Test
    void a_subworkflow_passes_on_its_child_output_or_its_failure() {
        Completed succeeded = assertInstanceOf(Completed.class, subworkflow.run(resuming("flow.subworkflow",
                "{\"workflowId\": \"%s\"}".formatted(CHILD), "{}",
                Optional.of("{\"status\": \"succeeded\", \"output\": {\"url\": \"u\"}}"))));
        Failed failed = assertInstanceOf(Failed.class, subworkflow.run(resuming("flow.subworkflow",
                "{\"workflowId\": \"%s\"}".formatted(CHILD), "{}",
                Optional.of("{\"status\": \"failed\", \"executionId\": \"e-1\", \"error\": \"HTTP 404\"}"))));

        assertEquals(JsonText.parse("{\"url\": \"u\"}"), succeeded.output());
        assertEquals(Set.of("output"), succeeded.handles());
        assertFalse(failed.retryable());
        assertEquals("child execution e-1 ended failed: HTTP 404", failed.error());
    }
}
