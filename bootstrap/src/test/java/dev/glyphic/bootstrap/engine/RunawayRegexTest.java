package dev.glyphic.bootstrap.engine;

import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Definitions.trigger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestUser;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.testing.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue #5: {@code $match} with {@code /(a|aa){1,60}b/} on a long string kept a core busy long after its node's
 * timeout, because java.util.regex backtracks and cannot be interrupted. With as many such nodes running as there
 * are cores, nothing else would run. Expressions match with RE2/J now, in linear time: the runaway nodes finish at
 * once and another tenant's requests and executions answer promptly meanwhile.
 */
class RunawayRegexTest {
    /** Plenty for a request or a one-step execution on this machine; far less than a backtracking match takes. */
    private static final Duration PROMPTLY = Duration.ofSeconds(3);

    @Test
    void runawayPatternsOnEveryCoreLeaveOtherTenantsServedPromptly() {
        EngineFixture attacker = EngineFixture.create();
        EngineFixture other = EngineFixture.create();
        Api api = new Api();
        TestUser bystander = TestUser.signUp(api);
        WorkflowId runaway = attacker.workflow(List.of(trigger(), node("match", "data.set", Map.of("values",
                        Map.of("m", "{{ $match($pad(\"\", 44, \"a\") & \"c\", /(a|aa){1,60}b/) }}")))),
                List.of(edge("start", "match")));
        WorkflowId simple = other.workflow(List.of(trigger(), node("set", "data.set", Map.of("values",
                Map.of("x", 1)))), List.of(edge("start", "set")));
        int cores = Runtime.getRuntime().availableProcessors();

        List<ExecutionRecord> runaways = new ArrayList<>();
        for (int i = 0; i < cores; i++) {
            runaways.add(attacker.start(runaway, Json.NULL));
        }
        long begun = System.nanoTime();
        Api.Reply me = api.get("/api/v1/me").as(bystander).send();
        long requestMillis = millisSince(begun);
        ExecutionRecord theirs = other.start(simple, Json.NULL);
        ExecutionRecord done = awaitFinalWithin(other, theirs, PROMPTLY);
        long executionMillis = millisSince(begun);

        assertEquals(200, me.status(), me::toString);
        assertTrue(requestMillis < PROMPTLY.toMillis(), "another user's request took " + requestMillis + " ms");
        assertEquals(ExecutionStatus.SUCCEEDED, done.execution().status(), done.execution()::toString);
        assertTrue(executionMillis < PROMPTLY.toMillis(), "another org's execution took " + executionMillis + " ms");
        for (ExecutionRecord started : runaways) {
            ExecutionRecord ended = awaitFinalWithin(attacker, started, PROMPTLY);
            assertEquals(ExecutionStatus.SUCCEEDED, ended.execution().status(), ended.execution()::toString);
        }
    }

    private static ExecutionRecord awaitFinalWithin(EngineFixture f, ExecutionRecord started, Duration within) {
        return Await.until("execution " + started.id() + " to end", within,
                () -> Optional.of(f.find(started.id())).filter(now -> now.execution().isFinal()),
                () -> "it is " + f.find(started.id()).execution());
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
