package dev.glyphic.bootstrap.engine;

import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Definitions.trigger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.NodeRunStatus;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.testing.Await;
import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workflows that start themselves. Saving one is refused (see the workflow API tests), so each test plants the
 * self-reference behind the API's back, as a workflow stored before that check would hold it: the engine must bound
 * it on its own, by the depth of child runs.
 */
class RecursionTest {
    /** The test server's {@code glyphic.tenant-ceilings.max-subworkflow-depth}, lower than the default 10. */
    private static final int MAX_DEPTH = 4;

    private EngineFixture f;
    private WorkflowId planted;

    @BeforeEach
    void fixture() {
        f = EngineFixture.create();
    }

    @AfterEach
    void stopAnyRunaway() {
        if (planted != null) {
            // Whatever still runs cannot start the workflow again once it is in the trash.
            EngineFixture.superuser("update workflows set deleted_at = now() where org_id = ? and id = ?", f.org(),
                    planted.value());
        }
    }

    @Test
    void aWorkflowStartingItselfTwiceWithoutWaitingEndsWithABoundedNumberOfExecutions() {
        planted = selfStarting(List.of(trigger(),
                        node("again", "flow.subworkflow", Map.of("workflowId", "SELF", "waitForCompletion", false)),
                        node("twice", "flow.subworkflow", Map.of("workflowId", "SELF", "waitForCompletion", false))),
                List.of(edge("start", "again"), edge("start", "twice")));

        f.start(planted, Json.NULL);

        // A binary tree of runs, MAX_DEPTH levels below the root: 2^(MAX_DEPTH + 1) - 1 executions at most.
        long bound = (1L << (MAX_DEPTH + 1)) - 1;
        Await.until("every execution to end", () -> Optional.of(unfinished()).filter(n -> n == 0),
                () -> unfinished() + " unfinished of " + total() + " executions");
        assertTrue(total() <= bound, total() + " executions, more than " + bound);
        assertEquals(bound - (1L << MAX_DEPTH), count("status = 'succeeded'"),
                "every run above the deepest level started its two children");
        assertEquals(1L << MAX_DEPTH, count("status = 'failed' and error_message like '%subworkflow_depth_exceeded%'"),
                "each run of the deepest level failed to start a child beyond the depth");
        assertEquals(MAX_DEPTH, EngineFixture.count("select max(depth) from executions where org_id = ?", f.org()));
    }

    @Test
    void anAwaitedChainFailsAtTheDepthCapAndTheFailureClimbsBackToTheRoot() {
        planted = selfStarting(List.of(trigger(),
                        node("deeper", "flow.subworkflow", Map.of("workflowId", "SELF"))),
                List.of(edge("start", "deeper")));

        ExecutionRecord root = f.awaitFinal(f.start(planted, Json.NULL).id());

        assertEquals(ExecutionStatus.FAILED, root.execution().status());
        assertEquals(MAX_DEPTH + 1, total(), "the root and one child per level");
        for (int depth = 0; depth <= MAX_DEPTH; depth++) {
            assertEquals(1, EngineFixture.count("select count(*) from executions where org_id = ? and depth = ?",
                    f.org(), depth), "one execution at depth " + depth);
        }
        String deepest = f.run(deepestExecution(), "deeper").orElseThrow().state().error().orElseThrow();
        assertTrue(deepest.contains("subworkflow_depth_exceeded") && deepest.contains(String.valueOf(MAX_DEPTH)),
                deepest);
    }

    @Test
    void aSubWorkflowNodeFindingTheOrgsQueueFullFailsNamingIt() {
        WorkflowId child = f.workflow(List.of(trigger()), List.of());
        WorkflowId parent = f.workflow(List.of(trigger(), node("wait", "flow.delay", Map.of("duration", "PT5S")),
                        node("sub", "flow.subworkflow", Map.of("workflowId", child.toString()))),
                List.of(edge("start", "wait"), edge("wait", "sub")), Map.of("concurrency", Map.of("limit", 1)));
        ExecutionRecord started = f.start(parent, Json.NULL);
        f.awaitRun(started.id(), "wait", r -> r.state().status() == NodeRunStatus.WAITING, "to wait");
        try {
            // The queue fills while the parent waits: 1,000 runs of the parent, held back by its limit of one.
            EngineFixture.superuser("insert into executions (org_id, id, workspace_id, workflow_id, "
                    + "workflow_version, status, trigger_type, trigger_data, input, entry_nodes, concurrency_limit, "
                    + "timeout_ms, created_at) select org_id, gen_random_uuid(), workspace_id, workflow_id, "
                    + "workflow_version, 'queued', 'schedule', 'null', 'null', entry_nodes, 1, timeout_ms, now() "
                    + "from executions, generate_series(1, 1000) where org_id = ? and id = ?", f.org(),
                    started.id().value());

            ExecutionRecord done = f.awaitFinal(started.id());

            assertEquals(ExecutionStatus.FAILED, done.execution().status());
            String error = f.run(started.id(), "sub").orElseThrow().state().error().orElseThrow();
            assertTrue(error.contains("queue_full"), error);
            assertEquals(0, count("workflow_id = '" + child + "'"), "no child was started");
        } finally {
            EngineFixture.superuser("delete from executions where org_id = ? and status = 'queued'", f.org());
        }
    }

    private ExecutionId deepestExecution() {
        try (Connection db = TestDatabase.get().superuser();
             PreparedStatement s = db.prepareStatement("select id from executions where org_id = ? and depth = ?")) {
            s.setObject(1, f.org());
            s.setInt(2, MAX_DEPTH);
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next(), "no execution at depth " + MAX_DEPTH);
                return new ExecutionId(rows.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A workflow whose sub-workflow nodes name {@code SELF}: created referring to another workflow, then pointed at
     * itself in the database (its one version and its current definition).
     */
    private WorkflowId selfStarting(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {
        WorkflowId other = f.workflow(List.of(trigger()), List.of());
        List<Map<String, Object>> pointingElsewhere = nodes.stream().map(n -> replace(n, other)).toList();
        WorkflowId self = f.workflow(pointingElsewhere, edges);
        String from = other.toString();
        String to = self.toString();
        EngineFixture.superuser("update workflows set definition = replace(definition::text, ?, ?)::jsonb "
                + "where org_id = ? and id = ?", from, to, f.org(), self.value());
        EngineFixture.superuser("update workflow_versions set definition = replace(definition::text, ?, ?)::jsonb "
                + "where org_id = ? and workflow_id = ?", from, to, f.org(), self.value());
        return self;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> replace(Map<String, Object> node, WorkflowId with) {
        String text = node.toString();
        if (!text.contains("SELF")) {
            return node;
        }
        Map<String, Object> data = (Map<String, Object>) node.get("data");
        Map<String, Object> fields = new LinkedHashMap<>((Map<String, Object>) data.get("fields"));
        fields.put("workflowId", with.toString());
        return node(String.valueOf(node.get("id")), String.valueOf(data.get("nodeType")), fields);
    }

    private long unfinished() {
        return count("status in ('queued', 'running', 'waiting')");
    }

    private long total() {
        return count("true");
    }

    private long count(String condition) {
        return EngineFixture.count("select count(*) from executions where org_id = ? and " + condition, f.org());
    }
}
