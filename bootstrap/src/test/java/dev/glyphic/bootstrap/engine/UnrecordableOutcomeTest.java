package dev.glyphic.bootstrap.engine;

import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.NodeRunStatus;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A step whose outcome PostgreSQL refuses to store (here a text with a NUL, which jsonb cannot hold) cannot be
 * recorded however often it is taken up again. It must end, failed with {@code unrecordable_outcome}, after a
 * bounded number of claims, instead of being re-run at every lease expiry forever.
 */
class UnrecordableOutcomeTest {
    private static final Duration SHORT_LEASE = Duration.ofMillis(300);
    /** Far more claims than the bound (3) needs; fewer than the policy's ten attempts take today, each re-run. */
    private static final int CLAIMS = 12;
    private static Engines.Pause pause;

    @BeforeAll
    static void pauseTheServersEngine() {
        pause = Engines.pauseShared();
    }

    @AfterAll
    static void resumeIt() {
        pause.close();
    }

    @Test
    void aStepWhoseOutcomeCannotBeStoredFailsTheExecutionAfterABoundedNumberOfClaims() {
        EngineFixture f = EngineFixture.create();
        // The trigger's own policy would try ten times; an outcome that cannot be stored stops at three.
        WorkflowId wf = f.workflow(List.of(node("start", "trigger.manual", Map.of(), Map.of("retry",
                                Map.of("maxAttempts", 10, "initialBackoffMs", 50, "jitter", 0))),
                        node("poison", "data.set", Map.of("values", Map.of("v", "{{ \"a\\u0000b\" }}")))),
                List.of(edge("start", "poison")));
        ExecutionRecord started = f.start(wf, Json.NULL);
        ManualWorker worker = new ManualWorker("unrecordable", SHORT_LEASE);

        List<String> seen = new ArrayList<>();
        for (int claim = 1; claim <= CLAIMS && !f.find(started.id()).execution().isFinal(); claim++) {
            try {
                seen.add(claim + ": " + worker.step(started.id()));
            } catch (RuntimeException e) {
                seen.add(claim + ": threw " + e.getClass().getSimpleName());
            }
        }

        ExecutionRecord done = f.find(started.id());
        if (!done.execution().isFinal()) {
            fail("still " + done.execution().status() + " after " + CLAIMS + " claims: " + seen);
        }
        assertEquals(ExecutionStatus.FAILED, done.execution().status(), seen::toString);
        String error = done.execution().error().orElseThrow();
        assertTrue(error.contains("unrecordable_outcome"), error);
        assertTrue(error.contains("'start'"), error);
        NodeRunRecord start = f.run(done.id(), "start").orElseThrow();
        assertEquals(NodeRunStatus.FAILED, start.state().status());
        assertEquals(3, start.state().attempt(), "three attempts, not the policy's ten: " + seen);
        assertEquals(3, seen.size(), seen::toString);
        assertTrue(start.state().error().orElseThrow().contains("unrecordable_outcome"), start.state()::toString);
    }
}
