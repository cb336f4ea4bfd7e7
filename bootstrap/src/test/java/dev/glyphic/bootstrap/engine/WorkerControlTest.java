package dev.glyphic.bootstrap.engine;

import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Definitions.trigger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.engine.ExecutionEngine;
import dev.glyphic.application.engine.StepProcessor;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.WorkQueue;
import dev.glyphic.application.port.out.execution.WorkerId;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.NodeRun;
import dev.glyphic.domain.execution.NodeRunStatus;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What happens when workers come and go: one vanishes mid-step, one stops, a step's execution is cancelled under
 * it, and how work is shared between orgs. Deciding who claims what takes the server's engine out of the way for
 * this class: the tests claim with {@link ManualWorker}s and run engines of their own, with short leases.
 */
class WorkerControlTest {
    private static final Duration SHORT_LEASE = Duration.ofMillis(600);
    private static final Map<String, Object> QUICK_RETRIES = Map.of("retry",
            Map.of("maxAttempts", 3, "initialBackoffMs", 50, "jitter", 0));
    private static Engines.Pause pause;

    private EngineFixture f;
    private FakeService service;

    @BeforeAll
    static void pauseTheServersEngine() {
        pause = Engines.pauseShared();
    }

    @AfterAll
    static void resumeIt() {
        pause.close();
    }

    @BeforeEach
    void setUp() {
        f = EngineFixture.create();
        service = FakeService.start();
    }

    @AfterEach
    void tearDown() {
        service.close();
    }

    private WorkflowId charging() {
        return f.workflow(List.of(trigger(),
                        node("charge", "http.request", Map.of("method", "POST", "url", service.url("/charge")),
                                QUICK_RETRIES)),
                List.of(edge("start", "charge")));
    }

    @Test
    void aWorkerThatVanishesBeforeItsCallLeavesTheStepToAnotherWhoseCallIsTheOnlyOne() {
        service.on("/charge", request -> FakeService.Answer.json(200, "{\"charged\":" + request.n() + "}"));
        ExecutionRecord started = f.start(charging(), Json.NULL);
        new ManualWorker("first", SHORT_LEASE).step(started.id());
        WorkQueue.Claim abandoned = new ManualWorker("vanished", SHORT_LEASE).claimOf(started.id());

        try (ExecutionEngine rescuer = Engines.engine("rescuer", Engines.settings(Duration.ofSeconds(2),
                Duration.ofSeconds(1)))) {
            rescuer.start();
            ExecutionRecord done = f.awaitFinal(started.id());

            assertEquals(ExecutionStatus.SUCCEEDED, done.execution().status(), done.execution().error()::toString);
            NodeRunRecord charge = f.run(started.id(), "charge").orElseThrow();
            assertEquals(abandoned.nodeRunId(), charge.state().id());
            assertEquals(2, charge.state().attempt(), "the lost lease cost an attempt");
            assertEquals(1, service.seen("/charge").size(), "the vanished worker never called");
            assertTrue(f.logs(started.id()).stream().anyMatch(l -> l.message().contains(NodeRun.LEASE_LOST)));
        }
    }

    @Test
    void aWorkerThatVanishesMidCallLeavesTheStepToAnotherAndTheEffectHappensOnceByItsKey() throws Exception {
        FakeService.Gate stalled = service.gate(1);
        service.on("/charge", request -> {
            if (request.n() == 1) {
                stalled.pass(); // the first caller hangs here: from outside, a worker that died mid-request
            }
            return FakeService.Answer.json(200, "{\"charged\":" + request.n() + "}");
        });
        ExecutionRecord started = f.start(charging(), Json.NULL);
        new ManualWorker("first", SHORT_LEASE).step(started.id());
        ManualWorker vanishing = new ManualWorker("vanishing", SHORT_LEASE);
        WorkQueue.Claim claim = vanishing.claimOf(started.id());
        CompletableFuture<StepProcessor.Result> late = CompletableFuture.supplyAsync(() -> vanishing.process(claim),
                r -> Thread.ofVirtual().start(r));
        assertTrue(stalled.awaitArrivals(), "the vanishing worker made its call");

        try (ExecutionEngine rescuer = Engines.engine("rescuer", Engines.settings(Duration.ofSeconds(2),
                Duration.ofSeconds(1)))) {
            rescuer.start();
            ExecutionRecord done = f.awaitFinal(started.id());
            stalled.open();
            StepProcessor.Result lateResult = late.get(10, TimeUnit.SECONDS);

            assertEquals(ExecutionStatus.SUCCEEDED, done.execution().status(), done.execution().error()::toString);
            assertEquals("{\"charged\":2}", JsonText.write(((Json.Obj) done.output().orElseThrow()).get("body")
                    .orElseThrow()));
            assertInstanceOf(StepProcessor.Result.Lost.class, lateResult, "the late answer is discarded");
            assertEquals(done.output(), f.find(started.id()).output());
            List<FakeService.Request> calls = service.seen("/charge");
            assertEquals(2, calls.size());
            assertEquals(1, calls.stream().map(FakeService.Request::idempotencyKey).distinct().count(),
                    "both calls carry the step's one key: the service applies the charge once");
            assertEquals(f.run(started.id(), "charge").orElseThrow().state().idempotencyKey().toString(),
                    calls.getFirst().idempotencyKey());
        }
    }

    @Test
    void cancellingAnExecutionUnderARunningStepDiscardsTheStepsResult() throws Exception {
        FakeService.Gate held = service.gate(1);
        service.on("/charge", request -> {
            held.pass();
            return FakeService.Answer.json(200, "{\"charged\":true}");
        });
        WorkflowId wf = f.workflow(List.of(trigger(),
                        node("charge", "http.request", Map.of("url", service.url("/charge"))),
                        node("after", "data.set", Map.of("values", Map.of("x", 1)))),
                List.of(edge("start", "charge"), edge("charge", "after")));
        ExecutionRecord started = f.start(wf, Json.NULL);
        ManualWorker worker = new ManualWorker("worker", Duration.ofSeconds(10));
        worker.step(started.id());
        WorkQueue.Claim claim = worker.claimOf(started.id());
        CompletableFuture<StepProcessor.Result> result = CompletableFuture.supplyAsync(() -> worker.process(claim),
                r -> Thread.ofVirtual().start(r));
        assertTrue(held.awaitArrivals());

        f.cancel(started.id());
        assertEquals(NodeRunStatus.CANCELLED, f.run(started.id(), "charge").orElseThrow().state().status());
        held.open();

        assertInstanceOf(StepProcessor.Result.Lost.class, result.get(10, TimeUnit.SECONDS));
        ExecutionRecord after = f.find(started.id());
        assertEquals(ExecutionStatus.CANCELLED, after.execution().status());
        assertEquals(Optional.empty(), after.output());
        assertEquals(NodeRunStatus.CANCELLED, f.run(started.id(), "charge").orElseThrow().state().status());
        assertEquals(Optional.empty(), f.run(started.id(), "after"), "nothing after the cancelled step ran");
    }

    @Test
    void aStoppingEngineHandsItsStepBackAndAnotherFinishesIt() throws Exception {
        FakeService.Gate slow = service.gate(1);
        service.on("/charge", request -> {
            if (request.n() == 1) {
                slow.pass();
            }
            return FakeService.Answer.json(200, "{\"charged\":" + request.n() + "}");
        });
        ExecutionRecord started = f.start(charging(), Json.NULL);
        ExecutionEngine stopping = Engines.engine("stopping", Engines.settings(Duration.ofSeconds(2),
                Duration.ofMillis(300)));
        stopping.start();
        assertTrue(slow.awaitArrivals(), "the engine is in the call");

        stopping.close();

        assertEquals(0, stopping.inFlight());
        NodeRunRecord handedBack = f.run(started.id(), "charge").orElseThrow();
        assertEquals(NodeRunStatus.PENDING, handedBack.state().status());
        assertEquals(1, handedBack.state().attempt(), "a handed-back attempt does not count");
        assertEquals(1, EngineFixture.count("select count(*) from node_runs where id = ? and locked_by is null",
                handedBack.state().id().value()));
        try (ExecutionEngine successor = Engines.engine("successor", Engines.settings(Duration.ofSeconds(2),
                Duration.ofSeconds(1)))) {
            successor.start();
            ExecutionRecord done = f.awaitFinal(started.id());

            assertEquals(ExecutionStatus.SUCCEEDED, done.execution().status(), done.execution().error()::toString);
            assertEquals(1, f.run(started.id(), "charge").orElseThrow().state().attempt());
            List<FakeService.Request> calls = service.seen("/charge");
            assertEquals(2, calls.size());
            assertEquals(1, calls.stream().map(FakeService.Request::idempotencyKey).distinct().count());
        }
    }

    @Test
    void aWorkerLostWhileResumingAnApprovalLeavesTheDecisionStandingNotANewRequest() {
        WorkflowId approving = f.workflow(List.of(trigger(),
                        node("ask", "flow.approval", Map.of("message", "ship it?")),
                        node("yes", "data.set", Map.of("values", Map.of("shipped", true))),
                        node("no", "data.set", Map.of("values", Map.of("shipped", false)))),
                List.of(edge("start", "ask"), edge("ask", "approved", "yes"), edge("ask", "rejected", "no")));
        ExecutionRecord started = f.start(approving, Json.NULL);
        ManualWorker survivor = new ManualWorker("survivor", SHORT_LEASE);
        survivor.step(started.id());
        survivor.step(started.id());
        NodeRunRecord asked = f.awaitRun(started.id(), "ask", r -> r.state().status() == NodeRunStatus.WAITING,
                "to ask");
        f.tx.inTenant(f.orgId, () -> f.nodeRuns.resolveWait(f.orgId, asked.state().id(),
                JsonText.parse("{\"decision\": \"approved\", \"by\": null, \"comment\": \"go\"}"),
                java.time.Instant.now()));

        // This worker takes the decided approval up and vanishes; its lease runs out.
        WorkQueue.Claim resumed = new ManualWorker("vanishing", SHORT_LEASE).claimOf(started.id());
        assertEquals(WorkQueue.Claimed.WAITING, resumed.claimed());
        WorkQueue.Claim lost = survivor.claimOf(started.id());
        assertEquals(WorkQueue.Claimed.LEASE_LOST, lost.claimed());
        assertInstanceOf(StepProcessor.Result.Released.class, survivor.process(lost), "back to waiting, due now");
        survivor.step(started.id());

        ExecutionRecord done = f.awaitFinal(started.id());
        assertEquals(ExecutionStatus.SUCCEEDED, done.execution().status(), done.execution().error()::toString);
        assertEquals("{\"shipped\":true}", JsonText.write(done.output().orElseThrow()), "the decision stood");
        assertEquals(1, f.run(started.id(), "ask").orElseThrow().state().attempt(), "the lost resume did not count");
    }

    @Test
    void anOrgWithAFloodOfWorkDelaysAQuietOrgsRunByNoMoreThanOneRound() {
        EngineFixture quiet = EngineFixture.create();
        EngineFixture.superuser("update organizations set max_concurrent_executions = 1000 where id = ?", f.org());
        WorkflowId noisy = f.workflow(List.of(trigger(), node("a", "data.set", Map.of("values", Map.of("x", 1)))),
                List.of(edge("start", "a")));
        WorkflowId calm = quiet.workflow(List.of(trigger(), node("a", "data.set", Map.of("values", Map.of("x", 1)))),
                List.of(edge("start", "a")));
        f.startMany(noisy, 300);
        WorkerId worker = WorkerId.fresh("fair");
        ManualWorker cleaner = new ManualWorker("cleaner", SHORT_LEASE);
        try {
            // Half the flood admitted and leased to a worker that never finishes it, half still queued.
            List<WorkQueue.Claim> first = f.queue.claim(worker, 150, Duration.ofSeconds(10));
            assertEquals(150, first.stream().filter(c -> c.orgId().equals(f.orgId)).count());
            first.stream().filter(c -> !c.orgId().equals(f.orgId)).forEach(cleaner::process);
            ExecutionRecord lone = quiet.start(calm, Json.NULL);

            List<WorkQueue.Claim> round = f.queue.claim(worker, 32, Duration.ofSeconds(10));

            assertTrue(round.stream().anyMatch(c -> c.executionId().equals(lone.id())),
                    "the quiet org's run was admitted and claimed in the very next round: " + round);
            assertTrue(round.stream().filter(c -> c.orgId().equals(f.orgId)).count() >= 16,
                    "while the flooding org, alone but for it, was not held to a share of the round");
            round.stream().filter(c -> !c.orgId().equals(f.orgId) && !c.orgId().equals(quiet.orgId))
                    .forEach(cleaner::process);
        } finally {
            EngineFixture.superuser("delete from executions where org_id = ? or org_id = ?", f.org(), quiet.org());
        }
    }
}
