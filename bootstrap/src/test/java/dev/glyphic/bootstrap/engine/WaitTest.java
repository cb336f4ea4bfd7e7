package dev.glyphic.bootstrap.engine;

import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Definitions.trigger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.NodeRunStatus;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs that park: approvals decided by a person or by their timeout, and a waiting run cancelled. */
class WaitTest {
    private EngineFixture f;

    @BeforeEach
    void setUp() {
        f = EngineFixture.create();
    }

    private WorkflowId approvalWorkflow(String timeout) {
        return f.workflow(List.of(trigger(),
                        node("ask", "flow.approval", Map.of("message", "Publish?", "timeout", timeout,
                                "onTimeout", "reject")),
                        node("yes", "data.set", Map.of("values", Map.of("went", "ahead"))),
                        node("no", "data.set", Map.of("values", Map.of("went", "back")))),
                List.of(edge("start", "ask"), edge("ask", "approved", "yes"), edge("ask", "rejected", "no")));
    }

    private NodeRunRecord awaitQuestion(ExecutionId id) {
        NodeRunRecord ask = f.awaitRun(id, "ask", r -> r.state().status() == NodeRunStatus.WAITING, "to wait");
        f.awaitStatus(id, ExecutionStatus.WAITING);
        return ask;
    }

    private void decide(NodeRunRecord ask, String decision) {
        boolean resolved = f.tx.inTenant(f.orgId, () -> {
            boolean r = f.nodeRuns.resolveWait(f.orgId, ask.state().id(), JsonText.parse(
                    "{\"decision\":\"" + decision + "\",\"by\":\"" + f.owner.value() + "\",\"comment\":\"fine\"}"),
                    Instant.now());
            f.signals.workReady();
            return r;
        });
        assertTrue(resolved, "the approval was still waiting");
    }

    @Test
    void anApprovedRunTakesTheApprovedBranch() {
        ExecutionRecord started = f.start(approvalWorkflow("PT1H"), JsonText.parse("{\"post\":7}"));
        decide(awaitQuestion(started.id()), "approved");

        ExecutionRecord done = f.awaitFinal(started.id());

        assertEquals(ExecutionStatus.SUCCEEDED, done.execution().status(), done.execution().error()::toString);
        assertEquals("{\"went\":\"ahead\"}", JsonText.write(done.output().orElseThrow()));
        assertEquals(NodeRunStatus.SKIPPED, f.run(done.id(), "no").orElseThrow().state().status());
        Json.Obj decided = (Json.Obj) f.run(done.id(), "ask").orElseThrow().output().orElseThrow();
        assertEquals(Json.of("approved"), decided.get("decision").orElseThrow());
        assertEquals(Json.of(f.owner.value().toString()), decided.get("by").orElseThrow());
        assertEquals(Json.of(false), decided.get("timedOut").orElseThrow());
        assertEquals("{\"post\":7}", JsonText.write(decided.get("input").orElseThrow()));
    }

    @Test
    void aRejectedRunTakesTheRejectedBranch() {
        ExecutionRecord started = f.start(approvalWorkflow("PT1H"), Json.NULL);
        decide(awaitQuestion(started.id()), "rejected");

        ExecutionRecord done = f.awaitFinal(started.id());

        assertEquals(ExecutionStatus.SUCCEEDED, done.execution().status(), done.execution().error()::toString);
        assertEquals("{\"went\":\"back\"}", JsonText.write(done.output().orElseThrow()));
        assertEquals(NodeRunStatus.SKIPPED, f.run(done.id(), "yes").orElseThrow().state().status());
    }

    @Test
    void anApprovalNobodyDecidesIsDecidedByItsTimeout() {
        ExecutionRecord started = f.start(approvalWorkflow("PT1S"), Json.NULL);
        awaitQuestion(started.id());

        ExecutionRecord done = f.awaitFinal(started.id());

        assertEquals(ExecutionStatus.SUCCEEDED, done.execution().status(), done.execution().error()::toString);
        assertEquals("{\"went\":\"back\"}", JsonText.write(done.output().orElseThrow()));
        Json.Obj decided = (Json.Obj) f.run(done.id(), "ask").orElseThrow().output().orElseThrow();
        assertEquals(Json.of("rejected"), decided.get("decision").orElseThrow());
        assertEquals(Json.NULL, decided.get("by").orElseThrow());
        assertEquals(Json.of(true), decided.get("timedOut").orElseThrow());
    }

    @Test
    void aWaitingRunCancelledStaysCancelledAndRunsNothingMore() {
        WorkflowId wf = f.workflow(List.of(trigger(), node("wait", "flow.delay", Map.of("duration", "PT1H")),
                        node("after", "data.set", Map.of("values", Map.of("x", 1)))),
                List.of(edge("start", "wait"), edge("wait", "after")));
        ExecutionRecord started = f.start(wf, Json.NULL);
        f.awaitRun(started.id(), "wait", r -> r.state().status() == NodeRunStatus.WAITING, "to wait");

        ExecutionRecord cancelled = f.cancel(started.id()).orElseThrow();

        assertEquals(ExecutionStatus.CANCELLED, cancelled.execution().status());
        ExecutionRecord stored = f.find(started.id());
        assertEquals(ExecutionStatus.CANCELLED, stored.execution().status());
        assertTrue(stored.execution().completedAt().isPresent());
        NodeRunRecord wait = f.run(started.id(), "wait").orElseThrow();
        assertEquals(NodeRunStatus.CANCELLED, wait.state().status());
        assertTrue(wait.wakeAt().isEmpty(), "a cancelled wait is due for nothing");
        assertTrue(f.run(started.id(), "after").isEmpty());
        assertTrue(EngineFixture.messages(f.logs(started.id())).stream()
                .anyMatch(m -> m.contains("cancelled by the test")), () -> f.logs(started.id()).toString());
        assertEquals(stored.execution(), f.cancel(started.id()).orElseThrow().execution(),
                "cancelling again changes nothing");
    }
}
