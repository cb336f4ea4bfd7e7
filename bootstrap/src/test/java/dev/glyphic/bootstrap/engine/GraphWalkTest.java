package dev.glyphic.bootstrap.engine;

import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Definitions.trigger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.execution.ExecutionQuery;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.NodeRunStatus;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the engine walks a graph: parallel branches and their join, a branch an if leaves out, delays, children. */
class GraphWalkTest {
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
    void parallelBranchesRunAtTheSameTimeAndTheJoinGetsBoth() {
        // Each call is held until both have arrived: run one after the other, the first would give up and fail it.
        FakeService.Gate bothCalled = service.gate(2);
        FakeService.Script held = request -> bothCalled.pass()
                ? FakeService.Answer.json(200, "{\"from\":\"" + request.path() + "\"}")
                : FakeService.Answer.json(409, "{\"error\":\"the other branch never came\"}");
        service.on("/a", held).on("/b", held);
        Thread opener = Thread.ofVirtual().start(() -> {
            try {
                if (bothCalled.awaitArrivals()) {
                    bothCalled.open();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        WorkflowId wf = f.workflow(List.of(trigger(),
                        node("a", "http.request", Map.of("url", service.url("/a"))),
                        node("b", "http.request", Map.of("url", service.url("/b"))),
                        node("join", "data.set", Map.of("values",
                                Map.of("both", "{{ $input.a.body.from & '+' & $input.b.body.from }}")))),
                List.of(edge("start", "a"), edge("start", "b"), edge("a", "join"), edge("b", "join")));

        ExecutionRecord done = f.awaitFinal(f.start(wf, Json.NULL).id());
        opener.interrupt();

        assertEquals(ExecutionStatus.SUCCEEDED, done.execution().status(), done.execution().error()::toString);
        assertEquals("{\"both\":\"/a+/b\"}", JsonText.write(done.output().orElseThrow()));
        NodeRunRecord join = f.run(done.id(), "join").orElseThrow();
        Json.Obj joinInput = (Json.Obj) join.input().orElseThrow();
        assertEquals(List.of("a", "b"), List.copyOf(joinInput.fields().keySet()), "the join's input holds both");
        assertEquals(1, service.seen("/a").size());
        assertEquals(1, service.seen("/b").size());
    }

    @Test
    void anIfSkipsTheBranchNotTakenAndTheJoinRunsWithTheOther() {
        WorkflowId wf = f.workflow(List.of(trigger(),
                        node("check", "logic.if", Map.of("condition", "{{ $input.n > 10 }}")),
                        node("big", "data.set", Map.of("values", Map.of("size", "big"))),
                        node("small", "data.set", Map.of("values", Map.of("size", "small"))),
                        node("after", "data.set", Map.of("values", Map.of("seen", "{{ $input.size }}")))),
                List.of(edge("start", "check"), edge("check", "true", "big"), edge("check", "false", "small"),
                        edge("big", "after"), edge("small", "after")));

        ExecutionRecord done = f.awaitFinal(f.start(wf, JsonText.parse("{\"n\": 42}")).id());

        assertEquals(ExecutionStatus.SUCCEEDED, done.execution().status(), done.execution().error()::toString);
        assertEquals("{\"seen\":\"big\"}", JsonText.write(done.output().orElseThrow()));
        assertEquals(NodeRunStatus.SUCCEEDED, f.run(done.id(), "big").orElseThrow().state().status());
        assertEquals(NodeRunStatus.SKIPPED, f.run(done.id(), "small").orElseThrow().state().status());
        assertEquals(NodeRunStatus.SUCCEEDED, f.run(done.id(), "after").orElseThrow().state().status());
    }

    @Test
    void aDelayHoldsTheRunForItsDurationAndNoLess() {
        WorkflowId wf = f.workflow(List.of(trigger(), node("wait", "flow.delay", Map.of("duration", "PT1S")),
                        node("after", "data.set", Map.of("values", Map.of("done", true)))),
                List.of(edge("start", "wait"), edge("wait", "after")));
        ExecutionRecord started = f.start(wf, Json.NULL);

        NodeRunRecord waiting = f.awaitRun(started.id(), "wait", r -> r.state().status() == NodeRunStatus.WAITING,
                "to wait");
        Instant parkedAt = Instant.now();
        assertEquals(ExecutionStatus.WAITING, f.find(started.id()).execution().status(), "nothing runs meanwhile");
        ExecutionRecord done = f.awaitFinal(started.id());

        assertEquals(ExecutionStatus.SUCCEEDED, done.execution().status(), done.execution().error()::toString);
        Instant delayStarted = waiting.state().startedAt().orElseThrow();
        Instant after = f.run(done.id(), "after").orElseThrow().state().completedAt().orElseThrow();
        assertTrue(!after.isBefore(delayStarted.plusSeconds(1)), "the node after the delay ran at " + after
                + ", less than 1 s after the delay started at " + delayStarted);
        assertTrue(Duration.between(parkedAt, Instant.now()).toMillis() < 10_000, "and not much later either");
        assertEquals("{\"done\":true}", JsonText.write(done.output().orElseThrow()));
    }

    @Test
    void aSubWorkflowRunsAsALinkedChildAndItsOutputFlowsOnInTheParent() {
        WorkflowId child = f.workflow(List.of(trigger(),
                        node("double", "data.set", Map.of("values", Map.of("m", "{{ $input.n * 2 }}")))),
                List.of(edge("start", "double")));
        WorkflowId parent = f.workflow(List.of(trigger(),
                        node("sub", "flow.subworkflow", Map.of("workflowId", child.toString())),
                        node("after", "data.set", Map.of("values", Map.of("got", "{{ $input.m }}")))),
                List.of(edge("start", "sub"), edge("sub", "after")));

        ExecutionRecord done = f.awaitFinal(f.start(parent, JsonText.parse("{\"n\": 21}")).id());

        assertEquals(ExecutionStatus.SUCCEEDED, done.execution().status(), done.execution().error()::toString);
        assertEquals("{\"got\":42}", JsonText.write(done.output().orElseThrow()));
        ExecutionId childId = childOf(done.id());
        ExecutionRecord childRun = f.find(childId);
        assertEquals(ExecutionStatus.SUCCEEDED, childRun.execution().status());
        assertEquals(done.id(), childRun.parent().orElseThrow().executionId(), "the child names its parent");
        assertEquals(f.run(done.id(), "sub").orElseThrow().state().id(), childRun.parent().orElseThrow().nodeRunId());
        assertEquals(1, EngineFixture.count("select count(*) from executions where org_id = ? "
                + "and parent_execution_id = ?", f.org(), done.id().value()));
    }

    @Test
    void aSubWorkflowNotAwaitedPassesOnTheChildsIdAtOnce() {
        WorkflowId child = f.workflow(List.of(trigger(), node("wait", "flow.delay", Map.of("duration", "PT1H"))),
                List.of(edge("start", "wait")));
        WorkflowId parent = f.workflow(List.of(trigger(),
                        node("sub", "flow.subworkflow", Map.of("workflowId", child.toString(),
                                "waitForCompletion", false))),
                List.of(edge("start", "sub")));

        ExecutionRecord done = f.awaitFinal(f.start(parent, Json.NULL).id());

        assertEquals(ExecutionStatus.SUCCEEDED, done.execution().status(), done.execution().error()::toString);
        ExecutionId childId = childOf(done.id());
        assertEquals("{\"executionId\":\"" + childId + "\"}", JsonText.write(done.output().orElseThrow()));
        assertTrue(!f.find(childId).execution().isFinal(), "the child is still under way: nobody waited for it");
        f.cancel(childId);
    }

    @Test
    void cancellingAParentCancelsTheChildItWaitsFor() {
        WorkflowId child = f.workflow(List.of(trigger(), node("wait", "flow.delay", Map.of("duration", "PT1H"))),
                List.of(edge("start", "wait")));
        WorkflowId parent = f.workflow(List.of(trigger(),
                        node("sub", "flow.subworkflow", Map.of("workflowId", child.toString()))),
                List.of(edge("start", "sub")));
        ExecutionRecord started = f.start(parent, Json.NULL);
        f.awaitRun(started.id(), "sub", r -> r.state().status() == NodeRunStatus.WAITING, "to wait for its child");
        ExecutionId childId = childOf(started.id());
        f.awaitRun(childId, "wait", r -> r.state().status() == NodeRunStatus.WAITING, "to be under way");

        f.cancel(started.id());

        assertEquals(ExecutionStatus.CANCELLED, f.find(childId).execution().status(),
                "nobody waits for the child's result any more");
        assertEquals(NodeRunStatus.CANCELLED, f.run(childId, "wait").orElseThrow().state().status());
    }

    private ExecutionId childOf(ExecutionId parent) {
        ExecutionQuery all = new ExecutionQuery(f.workspaceId, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 50);
        return f.tx.inTenant(f.orgId, () -> f.executions.list(f.orgId, all)).stream()
                .filter(e -> e.parent().map(p -> p.executionId().equals(parent)).orElse(false))
                .findFirst().orElseThrow().id();
    }
}
