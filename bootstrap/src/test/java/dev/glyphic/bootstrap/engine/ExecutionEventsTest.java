package dev.glyphic.bootstrap.engine;

import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Definitions.trigger;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.WorkflowId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An execution's end is announced once, by an outbox event written in the transaction that records the end:
 * {@code execution.succeeded}, or {@code execution.failed} with the error; a cancelled run announces nothing.
 */
class ExecutionEventsTest {
    private final EngineFixture f = EngineFixture.create();

    @Test
    void aSucceededRunIsAnnouncedOnce() {
        WorkflowId wf = f.workflow(List.of(trigger(), node("set", "data.set", Map.of("values", Map.of("x", 1)))),
                List.of(edge("start", "set")));

        ExecutionRecord done = f.awaitFinal(f.start(wf, Json.NULL).id());

        assertEquals(ExecutionStatus.SUCCEEDED, done.execution().status());
        assertEquals(1, events(done, "execution.succeeded"));
        assertEquals(0, events(done, "execution.failed"));
        assertEquals(1, EngineFixture.count("select count(*) from domain_events where subject = ? "
                + "and data->>'status' = 'succeeded' and data->>'workflowId' = ? and depth = 0",
                done.id().value(), wf.toString()));
    }

    @Test
    void aFailedRunIsAnnouncedWithItsError() {
        WorkflowId wf = f.workflow(List.of(trigger(), node("check", "logic.if", Map.of("condition", "maybe"))),
                List.of(edge("start", "check")));

        ExecutionRecord done = f.awaitFinal(f.start(wf, Json.NULL).id());

        assertEquals(ExecutionStatus.FAILED, done.execution().status());
        assertEquals(1, events(done, "execution.failed"));
        assertEquals(1, EngineFixture.count("select count(*) from domain_events where subject = ? "
                + "and data->>'error' like '%condition must be true or false%'", done.id().value()));
    }

    @Test
    void aCancelledRunAnnouncesNothing() {
        WorkflowId wf = f.workflow(List.of(trigger(), node("wait", "flow.delay", Map.of("duration", "PT1H"))),
                List.of(edge("start", "wait")));
        ExecutionRecord started = f.start(wf, Json.NULL);

        f.cancel(started.id());

        assertEquals(ExecutionStatus.CANCELLED, f.find(started.id()).execution().status());
        assertEquals(0, EngineFixture.count("select count(*) from domain_events where subject = ?",
                started.id().value()));
    }

    private static long events(ExecutionRecord execution, String type) {
        return EngineFixture.count("select count(*) from domain_events where subject = ? and event_type = ?",
                execution.id().value(), type);
    }
}
