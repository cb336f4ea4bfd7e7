package dev.glyphic.bootstrap.engine;

import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Definitions.trigger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.WorkQueue;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.LogLevel;
import dev.glyphic.domain.execution.NodeRunStatus;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.testing.Await;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Steps that fail: retried with backoff when that may help, failing the run at once when not; timeouts. */
class FailureTest {
    private static final Map<String, Object> QUICK_RETRIES = Map.of("retry",
            Map.of("maxAttempts", 3, "initialBackoffMs", 50, "jitter", 0));

    private EngineFixture f;
    private FakeService service;

    @BeforeEach
    void setUp() {
        f = EngineFixture.create();
        service = FakeService.start();
    }

    @AfterEach
    void tearDown() {
        service.close();
    }

    @Test
    void aStepThatFailsTwiceIsRetriedWithBackoffUnderOneIdempotencyKey() {
        service.on("/flaky", request -> request.n() <= 2
                ? FakeService.Answer.json(503, "{\"error\":\"busy\"}")
                : FakeService.Answer.json(200, "{\"ok\":true}"));
        WorkflowId wf = f.workflow(List.of(trigger(),
                        node("call", "http.request", Map.of("url", service.url("/flaky")), QUICK_RETRIES)),
                List.of(edge("start", "call")));

        ExecutionRecord done = f.awaitFinal(f.start(wf, Json.NULL).id());

        assertEquals(ExecutionStatus.SUCCEEDED, done.execution().status(), done.execution().error()::toString);
        NodeRunRecord call = f.run(done.id(), "call").orElseThrow();
        assertEquals(3, call.state().attempt(), "it succeeded at the third attempt");
        List<String> warnings = f.logs(done.id()).stream().filter(l -> l.level() == LogLevel.WARN)
                .map(l -> l.message()).toList();
        assertEquals(2, warnings.size(), warnings::toString);
        assertTrue(warnings.getFirst().startsWith("attempt 1 failed: HTTP 503"), warnings::toString);
        assertTrue(warnings.get(1).startsWith("attempt 2 failed: HTTP 503"), warnings::toString);
        List<FakeService.Request> seen = service.seen("/flaky");
        assertEquals(3, seen.size());
        assertEquals(1, seen.stream().map(FakeService.Request::idempotencyKey).distinct().count(), seen::toString);
        assertEquals(call.state().idempotencyKey().toString(), seen.getFirst().idempotencyKey());
    }

    @Test
    void aFailureRetryingCannotMendFailsTheRunAtOnceAndCancelsWhatElseWasPending() {
        service.on("/missing", request -> FakeService.Answer.json(404, "{\"error\":\"not here\"}"));
        WorkflowId wf = f.workflow(List.of(trigger(),
                        node("call", "http.request", Map.of("url", service.url("/missing")), QUICK_RETRIES),
                        node("slow", "flow.delay", Map.of("duration", "PT1H")),
                        node("after", "data.set", Map.of("values", Map.of("x", 1)))),
                List.of(edge("start", "call"), edge("start", "slow"), edge("call", "after")));

        ExecutionRecord done = f.awaitFinal(f.start(wf, Json.NULL).id());

        assertEquals(ExecutionStatus.FAILED, done.execution().status());
        String error = done.execution().error().orElseThrow();
        assertTrue(error.contains("'call'") && error.contains("HTTP 404"), error);
        NodeRunRecord call = f.run(done.id(), "call").orElseThrow();
        assertEquals(NodeRunStatus.FAILED, call.state().status());
        assertEquals(1, call.state().attempt(), "a 404 is not retried");
        assertEquals(1, service.seen("/missing").size());
        assertEquals(NodeRunStatus.CANCELLED, f.run(done.id(), "slow").orElseThrow().state().status());
        assertEquals(Optional.empty(), f.run(done.id(), "after"), "nothing after the failed node ran");
    }

    @Test
    void aStepPastItsTimeoutIsStoppedAndFailsTheRun() throws InterruptedException {
        FakeService.Gate never = service.gate(1);
        service.on("/hangs", request -> {
            never.pass();
            return FakeService.Answer.json(200, "{}");
        });
        WorkflowId wf = f.workflow(List.of(trigger(),
                        node("call", "http.request", Map.of("url", service.url("/hangs")),
                                Map.of("timeoutMs", 300, "retry", Map.of("maxAttempts", 1)))),
                List.of(edge("start", "call")));

        ExecutionRecord done = f.awaitFinal(f.start(wf, Json.NULL).id());

        assertEquals(ExecutionStatus.FAILED, done.execution().status());
        assertTrue(done.execution().error().orElseThrow().contains("timed out after 300 ms"),
                done.execution().error()::toString);
        assertEquals(NodeRunStatus.TIMED_OUT, f.run(done.id(), "call").orElseThrow().state().status());
        assertTrue(never.awaitArrivals(), "the call was made");
    }

    @Test
    void anExecutionPastItsDeadlineIsTimedOutByTheSweep() {
        WorkflowId wf = f.workflow(List.of(trigger(), node("wait", "flow.delay", Map.of("duration", "PT1H"))),
                List.of(edge("start", "wait")), Map.of("timeoutMs", 1000));
        ExecutionRecord started = f.start(wf, Json.NULL);
        f.awaitStatus(started.id(), ExecutionStatus.WAITING);

        // What the engine's sweep does every few seconds, done here as soon as the deadline has passed.
        Await.until("the execution to be overdue", () -> f.queue.overdue(1000).stream()
                .filter(o -> o.executionId().equals(started.id())).findFirst(), () -> "it never was");
        WorkQueue.ExecutionRef overdue = new WorkQueue.ExecutionRef(f.orgId, started.id());
        f.tx.inTenant(f.orgId, () -> f.ender.timeOut(overdue.orgId(), overdue.executionId(), Instant.now()));

        ExecutionRecord done = f.find(started.id());
        assertEquals(ExecutionStatus.TIMED_OUT, done.execution().status());
        Instant begun = done.execution().startedAt().orElseThrow();
        assertFalse(done.execution().completedAt().orElseThrow().isBefore(begun.plusSeconds(1)), "not before 1 s");
        assertEquals(NodeRunStatus.CANCELLED, f.run(done.id(), "wait").orElseThrow().state().status());
        assertTrue(f.queue.overdue(1000).stream().noneMatch(o -> o.executionId().equals(started.id())));
    }
}
