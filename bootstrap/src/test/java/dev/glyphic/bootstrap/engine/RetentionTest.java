package dev.glyphic.bootstrap.engine;

import static dev.glyphic.bootstrap.engine.EngineFixture.count;
import static dev.glyphic.bootstrap.engine.EngineFixture.superuser;
import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Definitions.trigger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.WorkflowId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The retention purge: finished executions older than their org's retention go, with their runs and logs. */
class RetentionTest {

    @Test
    void finishedExecutionsPastTheirOrgsRetentionArePurgedWithTheirRunsAndLogs() {
        EngineFixture strict = EngineFixture.create();
        EngineFixture lenient = EngineFixture.create();
        superuser("update organizations set execution_retention_days = 1 where id = ?", strict.org());
        WorkflowId quick = strict.workflow(List.of(trigger(), node("a", "data.set", Map.of("values", Map.of("x", 1)))),
                List.of(edge("start", "a")));
        WorkflowId parked = strict.workflow(List.of(trigger(), node("wait", "flow.delay", Map.of("duration", "PT1H"))),
                List.of(edge("start", "wait")));
        WorkflowId elsewhere = lenient.workflow(List.of(trigger(),
                node("a", "data.set", Map.of("values", Map.of("x", 1)))), List.of(edge("start", "a")));
        ExecutionId old = strict.awaitFinal(strict.start(quick, Json.NULL).id()).id();
        ExecutionId recent = strict.awaitFinal(strict.start(quick, Json.NULL).id()).id();
        ExecutionId unfinished = strict.awaitStatus(strict.start(parked, Json.NULL).id(), ExecutionStatus.WAITING).id();
        ExecutionId keptLonger = lenient.awaitFinal(lenient.start(elsewhere, Json.NULL).id()).id();
        // Checked before ageing it: once aged, the engine's own sweep may purge it at any moment.
        assertTrue(count("select count(*) from execution_logs where execution_id = ?", old.value()) > 0);
        for (ExecutionId aged : List.of(old, unfinished, keptLonger)) {
            superuser("update executions set created_at = now() - interval '3 days' where id = ?", aged.value());
        }

        while (strict.queue.purgeExpired(100) > 0) {
            // batch after batch, as the engine's sweep does (which may have taken some already)
        }

        assertEquals(0, count("select count(*) from executions where id = ?", old.value()));
        assertEquals(0, count("select count(*) from node_runs where execution_id = ?", old.value()));
        assertEquals(0, count("select count(*) from execution_logs where execution_id = ?", old.value()));
        ExecutionRecord kept = strict.find(recent);
        assertEquals(ExecutionStatus.SUCCEEDED, kept.execution().status(), "within retention: kept");
        assertTrue(count("select count(*) from execution_logs where execution_id = ?", recent.value()) > 0);
        assertEquals(ExecutionStatus.WAITING, strict.find(unfinished).execution().status(), "not finished: kept");
        assertEquals(ExecutionStatus.SUCCEEDED, lenient.find(keptLonger).execution().status(),
                "within its own org's longer retention: kept");
        strict.cancel(unfinished);
    }
}
