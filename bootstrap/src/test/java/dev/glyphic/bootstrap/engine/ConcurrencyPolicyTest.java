package dev.glyphic.bootstrap.engine;

import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Definitions.trigger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.LogLevel;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.WorkflowId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A workflow's own limit on runs under way (running or waiting) at once, and its policy for one more: queue it,
 * skip it, or cancel the oldest. Each workflow here parks on a long delay, so its first run stays under way.
 */
class ConcurrencyPolicyTest {
    private EngineFixture f;

    @BeforeEach
    void setUp() {
        f = EngineFixture.create();
    }

    private WorkflowId parkingWorkflow(String policy) {
        return f.workflow(List.of(trigger(), node("wait", "flow.delay", Map.of("duration", "PT1H"))),
                List.of(edge("start", "wait")), Map.of("concurrency", Map.of("limit", 1, "policy", policy)));
    }

    @Test
    void queueHoldsTheNextRunUntilTheOneUnderWayEnds() {
        WorkflowId wf = parkingWorkflow("queue");
        ExecutionRecord first = f.start(wf, Json.NULL);
        f.awaitStatus(first.id(), ExecutionStatus.WAITING);

        ExecutionRecord second = f.start(wf, Json.NULL);
        EngineFixture.admitNow();

        assertEquals(ExecutionStatus.QUEUED, f.find(second.id()).execution().status(),
                "the first is still under way (waiting counts): the second must wait its turn");
        f.cancel(first.id());
        f.awaitStatus(second.id(), ExecutionStatus.WAITING);
        f.cancel(second.id());
    }

    @Test
    void aWorkflowAtItsLimitDoesNotHoldUpTheOrgsOtherWorkflows() {
        EngineFixture.superuser("update organizations set max_concurrent_executions = 1 where id = ?", f.org());
        WorkflowId limited = parkingWorkflow("queue");
        ExecutionRecord first = f.start(limited, Json.NULL);
        f.awaitStatus(first.id(), ExecutionStatus.WAITING);
        ExecutionRecord held = f.start(limited, Json.NULL);
        WorkflowId other = f.workflow(List.of(trigger(), node("a", "data.set", Map.of("values", Map.of("x", 1)))),
                List.of(edge("start", "a")));

        ExecutionRecord free = f.start(other, Json.NULL);

        assertEquals(ExecutionStatus.SUCCEEDED, f.awaitFinal(free.id()).execution().status(),
                "the org's one place went to the run that may take it, not to the older one held by its limit");
        assertEquals(ExecutionStatus.QUEUED, f.find(held.id()).execution().status());
        f.cancel(first.id());
        f.cancel(held.id());
    }

    @Test
    void skipCancelsTheNewRunAtOnceAndSaysWhy() {
        WorkflowId wf = parkingWorkflow("skip");
        ExecutionRecord first = f.start(wf, Json.NULL);
        f.awaitStatus(first.id(), ExecutionStatus.WAITING);

        ExecutionRecord second = f.start(wf, Json.NULL);

        assertEquals(ExecutionStatus.CANCELLED, second.execution().status());
        assertEquals(ExecutionStatus.CANCELLED, f.find(second.id()).execution().status());
        assertTrue(f.logs(second.id()).stream().anyMatch(l -> l.level() == LogLevel.WARN
                && l.message().startsWith("skipped")), () -> f.logs(second.id()).toString());
        assertTrue(f.runs(second.id()).isEmpty(), "a skipped run never starts");
        EngineFixture.admitNow();
        assertEquals(ExecutionStatus.WAITING, f.find(first.id()).execution().status(), "the first goes on undisturbed");
        f.cancel(first.id());
    }

    @Test
    void cancelPreviousEndsTheRunUnderWayAndStartsTheNew() {
        WorkflowId wf = parkingWorkflow("cancel_previous");
        ExecutionRecord first = f.start(wf, Json.NULL);
        f.awaitStatus(first.id(), ExecutionStatus.WAITING);

        ExecutionRecord second = f.start(wf, Json.NULL);

        ExecutionRecord previous = f.find(first.id());
        assertEquals(ExecutionStatus.CANCELLED, previous.execution().status());
        assertTrue(f.logs(first.id()).stream().anyMatch(l -> l.message().contains("cancelled by a newer execution "
                + second.id())), () -> f.logs(first.id()).toString());
        f.awaitStatus(second.id(), ExecutionStatus.WAITING);
        f.cancel(second.id());
    }
}
